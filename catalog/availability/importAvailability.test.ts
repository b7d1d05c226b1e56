import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { takeLock } from '../../shared/processLock'
import { catalogState } from '../catalogState'
import type { AvailabilityManifest, CatalogManifest, CopyState } from '../contract'
import { bucketOf } from '../contract'
import { diskSource } from '../indexing/diskSource'
import { CatalogIndexReader } from '../search/reader'
import { currentBuild, IMPORT_LOCK } from '../store'
import { generatedRecords, importRecords } from '../testing/syntheticImport'
import { importAvailability } from './importAvailability'

const folders: string[] = []
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-availability-'))
  folders.push(folder)
  return folder
}
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { force: true, recursive: true })))

const options = (dir: string) => ({ dir, log: () => {}, staleAfterHours: 24 })
const live = (dir: string, file: string) => path.join(dir, 'availability', file)
const liveManifest = (dir: string) => JSON.parse(fs.readFileSync(live(dir, 'manifest.json'), 'utf8')) as AvailabilityManifest

/** What the catalog page finds with "on shelf now" and no words, as the browser reads the live files. */
async function onShelfIds(dir: string): Promise<string[]> {
  const build = currentBuild(dir)!
  const { index } = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
  const bits = async () => new Uint8Array(fs.readFileSync(live(dir, `on-shelf.${index.build}.bin`)))
  const reader = new CatalogIndexReader(index, diskSource(path.join(build, 'index')), bits)
  const ids: string[] = []
  for (let page = 0; ; page += 1) {
    const { hits, total } = await reader.search({ filters: { onShelf: true }, page, query: '' })
    ids.push(...hits.map((hit) => hit.id))
    if (ids.length >= total || hits.length === 0) return ids.sort()
  }
}

describe('importing the item status', () => {
  it('puts each copy with its status in its record’s file, and lets the catalog filter the records on the shelf, after later catalog imports too', async () => {
    const dir = tempFolder()
    const records = generatedRecords('availability', 1500)
    await importRecords(dir, records)

    // The first 300 records: copies of even ones on the shelf, of odd ones on loan; then a row of each kind of fault.
    const rows = ['barcode,record,location,status,due']
    const onShelf = new Set<string>()
    records.slice(0, 300).forEach((record, n) => {
      for (const item of record.items ?? [])
        rows.push(`${item.barcode},${record.id},${item.branch},${n % 2 === 0 ? '在架' : 'on loan'},${n % 2 === 0 ? '' : '2026-12-20'}`)
      if (n % 2 === 0 && record.items?.length) onShelf.add(record.id)
    })
    rows.push('LL-X1,NOT-IN-CATALOG,central-library,available,', `LL-X2,${records[0]!.id},,misplaced,`, `LL-X3,${records[1]!.id},,on-loan,next week`)
    const file = path.join(dir, 'status.csv')
    fs.writeFileSync(file, rows.join('\n'))

    const summary = await importAvailability(file, { ...options(dir), exportedAt: new Date('2026-12-07T00:00:00Z') })
    expect(summary).toMatchObject({ elsewhere: 1, exportedAt: '2026-12-07T00:00:00.000Z', onShelfRecords: onShelf.size, records: 301 })
    expect(summary.skipped).toEqual([
      { place: `line ${rows.length - 1}`, reason: 'status "misplaced" of copy LL-X2 is none of on-shelf, on-loan, in-transit, lost' },
    ])
    expect(summary.warnings).toEqual([
      { place: `line ${rows.length}`, reason: 'due date "next week" of copy LL-X3 is not a date (YYYY-MM-DD): the copy is kept without it' },
    ])

    const manifest = liveManifest(dir)
    expect(manifest).toMatchObject({ exportedAt: '2026-12-07T00:00:00.000Z', items: rows.length - 2, records: 301, staleAfterHours: 24 })
    const second = records[1]!
    const copies = (JSON.parse(fs.readFileSync(live(dir, `records/${bucketOf(second.id, manifest.buckets)}.json`), 'utf8')) as Record<string, CopyState[]>)[
      second.id
    ]
    expect(copies).toEqual([
      ...(second.items ?? []).map((item): CopyState => [item.barcode!, 'on-loan', item.branch, '2026-12-20']),
      ['LL-X3', 'on-loan', null, null],
    ])

    expect(await onShelfIds(dir)).toEqual([...onShelf].sort())

    // A catalog import changing some of those records (a delta): the filter finds the same records in its new index.
    await importRecords(dir, generatedRecords('availability-changed', 40), { incremental: true })
    expect(await onShelfIds(dir)).toEqual([...onShelf].sort())
  })

  it('takes JSON with its export time and the statuses in Chinese', async () => {
    const dir = tempFolder()
    const file = path.join(dir, 'status.json')
    const items = [
      { barcode: 'A1', record: 'R1', status: '在架' },
      { barcode: 'A2', due: '2026-12-20T00:00:00+08:00', record: 'R1', status: '借出' },
      { barcode: 'A3', record: 'R2', status: '在途' },
      { barcode: 'A4', record: 'R2', status: '丢失' },
    ]
    fs.writeFileSync(file, JSON.stringify({ exportedAt: '2026-12-07T08:00:00+08:00', items }))
    const summary = await importAvailability(file, options(dir))
    expect(summary).toMatchObject({ exportedAt: '2026-12-07T00:00:00.000Z', statuses: { 'in-transit': 1, lost: 1, 'on-loan': 1, 'on-shelf': 1 } })
    const records = JSON.parse(fs.readFileSync(live(dir, 'records/0.json'), 'utf8')) as Record<string, CopyState[]>
    expect(records.R1).toEqual([
      ['A1', 'on-shelf', null, null],
      ['A2', 'on-loan', null, '2026-12-20'],
    ])
  })

  it('changes nothing for a file that is not the export, a truncated one, one mostly unreadable, or while an import runs, and says why', async () => {
    const dir = tempFolder()
    const good = path.join(dir, 'good.csv')
    fs.writeFileSync(good, 'barcode,record,status\nB1,R1,on-shelf\n')
    await importAvailability(good, options(dir))
    const before = fs.readFileSync(live(dir, 'manifest.json'), 'utf8')

    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text)
      return path.join(dir, name)
    }
    await expect(importAvailability(write('records.csv', 'id,title\n1,书\n'), options(dir))).rejects.toThrow(
      /records\.csv has no column "barcode", "record", "status" in its first line/,
    )
    await expect(importAvailability(write('cut.json', '{"items":[{"barcode":"B1","record":"R1","status":"on-sh'), options(dir))).rejects.toThrow(
      /cut\.json is not whole JSON .*Nothing was changed/,
    )
    await expect(importAvailability(write('wrong.csv', 'barcode,record,status\nB1,R1,on-shelf\nB2,R1,?\nB3,R1,?\n'), options(dir))).rejects.toThrow(
      /wrong\.csv: 2 of 3 rows could not be read \(the first: line 3, status "\?"/,
    )
    await expect(importAvailability(write('empty.json', '[]'), options(dir))).rejects.toThrow(/empty\.json holds no copy/)
    await expect(importAvailability(path.join(dir, 'missing.csv'), options(dir))).rejects.toThrow(/missing\.csv is not a file/)

    const lock = takeLock(path.join(dir, IMPORT_LOCK))
    await expect(importAvailability(good, options(dir))).rejects.toThrow(/A catalog import is running/)
    if ('release' in lock) lock.release()

    expect(fs.readFileSync(live(dir, 'manifest.json'), 'utf8')).toBe(before)
    expect(fs.readdirSync(path.join(dir, 'availability-sets'))).toHaveLength(1)
  })
})

describe('before the first item-status import', () => {
  it('serves a manifest that says there are no copies, not a missing file, and staff see no status', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-no-status-'))
    await importRecords(dir, generatedRecords('none', 20))
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'availability', 'manifest.json'), 'utf8')) as AvailabilityManifest
    expect(manifest).toMatchObject({ buckets: 0, items: 0, records: 0 })
    const { index } = JSON.parse(fs.readFileSync(path.join(currentBuild(dir)!, 'manifest.json'), 'utf8')) as CatalogManifest
    expect(fs.readFileSync(path.join(dir, 'availability', `on-shelf.${index.build}.bin`)).every((byte) => byte === 0)).toBe(true)
    expect(catalogState(dir).availability).toBeNull()

    // The first real status import replaces it.
    const status = path.join(dir, 'status.csv')
    fs.writeFileSync(status, `barcode,record,status\nB1,${generatedRecords('none', 1)[0]!.id},在架\n`)
    await importAvailability(status, { dir, log: () => {}, staleAfterHours: 24 })
    expect(catalogState(dir).availability).toMatchObject({ items: 1, records: 1 })
  })
})
