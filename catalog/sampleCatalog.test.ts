import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { catalogState } from './catalogState'
import { ARRIVALS_FILE } from './contract'
import { readExport } from './readExport'
import { currentBuild, readRecords } from './store'
import { generatedRecords, importRecords } from './testing/syntheticImport'
import { importCatalog } from './importCatalog'

const SAMPLE = path.join(import.meta.dirname, '..', 'content', 'catalog-sample', 'sample-catalog.mrc')
const SEEDED_PLACES = ['central-library', 'baitutan-branch', 'wangxian-branch', 'yangsanshi-branch', 'mobile-book-van']

describe('the sample catalog', () => {
  it('imports whole, every record with copies at the seeded service points, marked as sample data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sample-'))
    const summary = await importCatalog([SAMPLE], { dir, log: () => {}, read: (file) => readExport(file, 'auto'), sample: true })
    expect(summary).toMatchObject({ imported: 125, skipped: 0, warned: 0 })
    expect(catalogState(dir).catalog).toMatchObject({ records: 125, sample: true })
    const records = [...(await readRecords(currentBuild(dir))).values()]
    expect(records.filter((record) => /[\u4e00-\u9fff]/.test(record.title))).toHaveLength(10)
    for (const record of records) {
      expect(record.items?.length, record.id).toBeGreaterThan(0)
      for (const item of record.items ?? []) expect(SEEDED_PLACES).toContain(item.branch)
    }
  })

  it('is replaced whole by the library’s first import, full or incremental, without a confirmation and without new arrivals', async () => {
    for (const incremental of [false, true]) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sample-'))
      await importRecords(dir, generatedRecords('sample', 200), { sample: true })
      // 20 records of the library's own: a full import of them would otherwise remove 90 % of the catalog.
      const own = generatedRecords('own', 20)
      const summary = await importRecords(dir, own, { incremental })
      expect(summary).toMatchObject({ added: 20, removed: 0 })
      expect(catalogState(dir).catalog).toMatchObject({ records: 20, sample: false })
      expect([...(await readRecords(currentBuild(dir))).values()].map((record) => record.title)).toEqual(
        expect.arrayContaining(own.map((record) => record.title)),
      )
      expect(JSON.parse(fs.readFileSync(path.join(currentBuild(dir)!, ARRIVALS_FILE), 'utf8'))).toEqual([])
    }
  })
})
