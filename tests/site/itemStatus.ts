/**
 * The item-status export of the site tests' catalog (global-setup.ts): the copies of the generated
 * records, their statuses in turn, exported at a fixed time. The tests read what each copy's
 * status is from here.
 */
import fs from 'node:fs'

import { COPY_STATUSES, type CatalogRecord, type CopyStatus } from '../../catalog/contract'

export const ITEM_STATUS_EXPORTED_AT = '2026-12-07T08:00:00+08:00'

/** Each copy of the generated records, by barcode, with its record and status: the statuses in turn, record after record. */
export function copyStatuses(records: CatalogRecord[]): Map<string, { record: string; status: CopyStatus }> {
  const copies = new Map<string, { record: string; status: CopyStatus }>()
  let turn = 0
  for (const record of records) {
    if (!record.id.startsWith('LL')) continue
    for (const item of record.items ?? [])
      if (item.barcode) copies.set(item.barcode, { record: record.id, status: COPY_STATUSES[turn++ % COPY_STATUSES.length]! })
  }
  return copies
}

/** Writes the export as the library system would: CSV, a due date for the copies on loan. */
export function writeItemStatus(records: CatalogRecord[], file: string): void {
  const rows = [...copyStatuses(records)].map(([barcode, { record, status }]) => `${barcode},${record},${status},${status === 'on-loan' ? '2026-12-21' : ''}`)
  fs.writeFileSync(file, ['barcode,record,status,due', ...rows].join('\n'))
}
