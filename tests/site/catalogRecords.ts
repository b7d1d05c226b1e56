import fs from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

import type { CatalogRecord } from '../../catalog/contract'
import { RECORDS_FILE } from '../../catalog/store'

/** The records of the catalog the site tests search (global-setup.ts), as imported. */
export function siteCatalogRecords(): CatalogRecord[] {
  const file = path.join(inject('catalogDir'), 'current', RECORDS_FILE)
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CatalogRecord)
}
