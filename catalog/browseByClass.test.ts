import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { CatalogManifest, ClassCounts } from './contract'
import { diskSource } from './indexing/diskSource'
import { CatalogIndexReader } from './search/reader'
import { currentBuild } from './store'
import { generatedRecords, importRecords } from './testing/syntheticImport'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-browse-'))
afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))
/** For each class of classes.json, what the catalog page finds with the class filter alone. */
async function foundByClass(): Promise<[ClassCounts, ClassCounts]> {
  const build = currentBuild(dir)!
  const { index } = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
  const counts = JSON.parse(fs.readFileSync(path.join(build, 'classes.json'), 'utf8')) as ClassCounts
  const reader = new CatalogIndexReader(index, diskSource(path.join(build, 'index')))
  const found: ClassCounts = {}
  for (const value of Object.keys(counts)) found[value] = (await reader.search({ filters: { class: value }, query: '' })).total
  return [counts, found]
}

describe('browsing by class', () => {
  it('counts for each class, three levels down, the records the class filter finds; after an incremental import too', async () => {
    const records = generatedRecords('browse', 1200)
    await importRecords(dir, records)
    const [counts, found] = await foundByClass()
    const expected = records.filter((record) => record.clc?.startsWith('I2')).length
    expect(expected).toBeGreaterThan(0)
    expect(counts.I2).toBe(expected)
    expect(Object.keys(counts).some((value) => value.startsWith('T') && value.length === 3)).toBe(true)
    expect(found).toEqual(counts)

    await importRecords(dir, generatedRecords('browse-changed', 60), { incremental: true })
    const [countsAfter, foundAfter] = await foundByClass()
    expect(foundAfter).toEqual(countsAfter)
  })
})
