import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { readArrivals, writeArrivals } from './arrivals'
import type { CatalogRecord } from './contract'
import { currentBuild, writeRecords } from './store'
import { generatedRecords, importRecords } from './testing/syntheticImport'

const folders: string[] = []
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-arrivals-'))
  folders.push(folder)
  return folder
}
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { force: true, recursive: true })))
const run = (dir: string, records: CatalogRecord[], incremental = false, force = false) =>
  importRecords(dir, records, { force, incremental, siteUrl: 'https://library.example' })

describe('new arrivals', () => {
  it('are the records an import adds, not those of the first import, kept by the imports after it', async () => {
    const dir = tempFolder()
    const records = generatedRecords('arrivals', 105)
    await run(dir, records.slice(0, 100))
    expect(readArrivals(currentBuild(dir))).toEqual([])

    await run(dir, records.slice(100), true)
    const today = new Date().toISOString().slice(0, 10)
    const arrivals = readArrivals(currentBuild(dir))
    expect(arrivals.map(({ id }) => id).sort()).toEqual(
      records
        .slice(100)
        .map(({ id }) => id)
        .sort(),
    )
    expect(arrivals.every(({ added }) => added === today)).toBe(true)
    const feed = fs.readFileSync(path.join(currentBuild(dir)!, 'new-arrivals.en.xml'), 'utf8')
    expect(feed).toContain(`<link>https://library.example/en/catalog/record/${records[100]!.id}/</link>`)
    expect(feed).toContain('<title>Liling City Library: new arrivals</title>')

    // An import that changes one of them (its title) and adds none: the arrivals stay, as the records are now.
    const changed = { ...records[100]!, title: '新的书名' }
    await run(dir, [changed], true)
    const after = readArrivals(currentBuild(dir))
    expect(after).toHaveLength(5)
    expect(after.find(({ id }) => id === changed.id)).toMatchObject({ added: today, title: '新的书名' })
    expect(fs.readFileSync(path.join(currentBuild(dir)!, 'new-arrivals.zh.xml'), 'utf8')).toContain('<title>新的书名</title>')

    // A full export of another collection (more records than the catalog had, none of them its): no new arrivals, a new collection.
    await run(
      dir,
      generatedRecords('arrivals-other', 250).map((record) => ({ ...record, id: `OTHER-${record.id}` })),
      false,
      true,
    )
    expect(readArrivals(currentBuild(dir))).toEqual([])
  })

  it('leave the list once their weeks are over, or once the catalog no longer has them', async () => {
    const [previous, build] = [tempFolder(), tempFolder()]
    const [old, recent, gone] = generatedRecords('arrivals-weeks', 3)
    fs.writeFileSync(
      path.join(previous, 'arrivals.json'),
      JSON.stringify([
        { added: '2026-09-01', authors: [], id: old!.id, title: old!.title },
        { added: '2026-12-01', authors: [], id: recent!.id, title: recent!.title },
        { added: '2026-12-01', authors: [], id: gone!.id, title: gone!.title },
      ]),
    )
    await writeRecords(build, [old!, recent!])
    await writeArrivals(build, previous, new Set([gone!.id]), '', new Date('2026-12-07T12:00:00Z'))
    expect(readArrivals(build).map(({ id }) => id)).toEqual([recent!.id])
  })
})
