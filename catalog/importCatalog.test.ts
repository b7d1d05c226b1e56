import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { CatalogManifest } from './contract'
import { importCatalog, type ImportResult } from './importCatalog'
import { diskSource } from './indexing/diskSource'
import { readCatalogCsv } from './marc/csv'
import { readIso2709 } from './marc/iso2709'
import { readExport } from './readExport'
import { CatalogIndexReader } from './search/reader'
import { currentBuild, readRecords } from './store'

const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures/marc')
const fixture = (name: string) => path.join(FIXTURES, name)
const cnmarc = fixture('cnmarc-dp2.utf8.mrc')
const buBibs = fixture('bu_bibs.mrc')

const tempCatalog = () => fs.mkdtempSync(path.join(os.tmpdir(), 'liling-catalog-'))
type RunOptions = { force?: boolean; idField?: string; incremental?: boolean; read?: (file: string) => AsyncIterable<ImportResult> }
const run = (dir: string, files: string[], options: RunOptions = {}) =>
  importCatalog(files, { dir, log: () => {}, read: options.read ?? ((file) => readIso2709(file)), ...options })

/** The lines of one section of import-report.txt. */
function reportSection(dir: string, title: string): string[] {
  const report = fs.readFileSync(path.join(dir, 'import-report.txt'), 'utf8')
  const section = report.split('\n\n').find((part) => part.startsWith(title))
  if (!section) throw new Error(`import-report.txt has no section "${title}":\n${report}`)
  return section.trim().split('\n').slice(1).filter((line) => !/^(No record was skipped|No warnings|None)\.$/.test(line))
}

describe('importing the catalog', () => {
  it('keeps every record it can frame, reports each repair, and skips only what cannot be read, saying where and why', async () => {
    const dir = tempCatalog()
    const summary = await run(dir, [cnmarc, buBibs, fixture('bad_records.mrc')])
    expect(summary).toMatchObject({ added: 111, imported: 111, read: 118, skipped: 1 })
    expect(reportSection(dir, 'Skipped records')).toEqual(['bad_records.mrc, record 7 (byte 764): the record has no fields'])
    // The 16 records of bu_bibs.mrc whose leader counts characters, not bytes, are kept, each with its repair named.
    const repaired = reportSection(dir, 'Kept with warnings').filter((line) => line.startsWith('bu_bibs.mrc, record 3 (byte 4435)'))
    expect(repaired.length).toBeGreaterThan(0)
    expect(summary.warned).toBeGreaterThanOrEqual(16)
    const records = await readRecords(currentBuild(dir))
    expect([...records.values()].map((record) => record.title)).toContain('’92中国发展报告')
  })

  it('changes nothing when the same export is imported again', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    const before = currentBuild(dir)
    const builds = fs.readdirSync(path.join(dir, 'builds'))
    const summary = await run(dir, [cnmarc])
    expect(summary).toMatchObject({ added: 0, changed: false, removed: 0, unchanged: 10, updated: 0 })
    expect(currentBuild(dir)).toBe(before)
    expect(fs.readdirSync(path.join(dir, 'builds'))).toEqual(builds)
  })

  it('removes a record gone from a full export, and keeps it in an incremental one', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc, buBibs])
    expect((await run(dir, [buBibs], { incremental: true })).removed).toBe(0)
    const full = await run(dir, [buBibs], { force: true })
    expect(full.removed).toBe(10)
    expect((await readRecords(currentBuild(dir))).size).toBe(100)
  })

  it('leaves the previous catalog intact when an import dies half-way', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    const before = currentBuild(dir)
    async function* dying(file: string): AsyncIterable<ImportResult> {
      let count = 0
      for await (const result of readIso2709(file)) {
        if (++count === 30) throw new Error('the export server went away')
        yield result
      }
    }
    await expect(run(dir, [buBibs], { read: dying })).rejects.toThrow('went away')
    expect(currentBuild(dir)).toBe(before)
    expect((await readRecords(currentBuild(dir))).size).toBe(10)
    expect(fs.readdirSync(path.join(dir, 'builds'))).toHaveLength(1)
  })

  it('refuses to empty the catalog with a file that holds no importable record', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    await expect(run(dir, [fixture('bad_utf_byte.utf8.marc')])).rejects.toThrow(/no importable record.*10 records was left as it was/)
    expect((await readRecords(currentBuild(dir))).size).toBe(10)
  })

  it('runs one import at a time: a second one is refused with a message, and the first completes', async () => {
    const dir = tempCatalog()
    const [first, second] = await Promise.allSettled([run(dir, [cnmarc]), run(dir, [buBibs])])
    expect(first).toMatchObject({ status: 'fulfilled', value: { added: 10 } })
    expect(second).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/^Another catalog import is running \(process \d+, since .+\): wait until it has finished.*Nothing was changed\.$/) } })
    expect((await readRecords(currentBuild(dir))).size).toBe(10)
    expect((await run(dir, [buBibs], { incremental: true })).added).toBe(100)
  })

  it('is refused while another process imports, and goes ahead over a lock left by an import that ended', async () => {
    const dir = tempCatalog()
    const lock = path.join(dir, 'import.lock')
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, startedAt: '2026-12-06T10:00:00.000Z' }))
    await expect(run(dir, [cnmarc])).rejects.toThrow(`Another catalog import is running (process ${process.ppid}, since 2026-12-06T10:00:00.000Z)`)
    expect(currentBuild(dir)).toBeUndefined()
    fs.writeFileSync(lock, JSON.stringify({ pid: spawnSync(process.execPath, ['-e', '']).pid, startedAt: '2026-12-06T10:00:00.000Z' }))
    expect((await run(dir, [cnmarc])).added).toBe(10)
    expect(fs.existsSync(lock)).toBe(false)
  })

  it('refuses a full import that would remove more than a tenth of the catalog, a truncated export, saying so with the counts', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc, buBibs])
    const before = currentBuild(dir)
    // The first third of the export, as a download cut short leaves it.
    const truncated = path.join(dir, 'bu_bibs-truncated.mrc')
    const bytes = fs.readFileSync(buBibs)
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 3)))
    await expect(run(dir, [cnmarc, truncated])).rejects.toThrow(
      /^This full import would remove \d+ of the catalog's 110 records \(\d+ %\), more than 10 %: is the file complete, and the whole export\? Nothing was changed\..*--force/,
    )
    expect(currentBuild(dir)).toBe(before)
    expect((await readRecords(currentBuild(dir))).size).toBe(110)
    // A cataloguer who means it.
    const forced = await run(dir, [cnmarc, truncated], { force: true })
    expect(forced.removed).toBeGreaterThan(11)
    expect((await readRecords(currentBuild(dir))).size).toBe(110 - forced.removed)
  })

  it('refuses a one-row file imported in place of the whole export', async () => {
    const dir = tempCatalog()
    await run(dir, [buBibs])
    const oneRow = path.join(dir, 'one-row.csv')
    fs.writeFileSync(oneRow, 'id,title,authors,publisher,year,isbn,clc,call_number,subjects,language,holdings\n1,一本书,,,,,,,,,\n')
    await expect(run(dir, [oneRow], { read: (file) => readCatalogCsv(file) })).rejects.toThrow(/would remove 100 of the catalog's 100 records \(100 %\)/)
    expect((await readRecords(currentBuild(dir))).size).toBe(100)
  })

  it('publishes nothing for files that hold no importable record, even on an empty catalog', async () => {
    const dir = tempCatalog()
    await expect(run(dir, [fixture('bad_utf_byte.utf8.marc')])).rejects.toThrow(/^The files hold no importable record \(\d+ read, all skipped\): the catalog was left as it was\.$/)
    expect(currentBuild(dir)).toBeUndefined()
  })

  it('counts a control number found twice once, names both places, and keeps the later record', async () => {
    const dir = tempCatalog()
    const again = path.join(dir, 'second-export.mrc')
    fs.copyFileSync(cnmarc, again)
    const summary = await run(dir, [cnmarc, again])
    expect(summary).toMatchObject({ added: 10, duplicates: 10, imported: 10, read: 20 })
    const twice = reportSection(dir, 'Control numbers found twice')
    expect(twice).toHaveLength(10)
    expect(twice[0]).toMatch(/^\S+ “.+” is in the export twice, at cnmarc-dp2\.utf8\.mrc, record 1 \(byte 0\) and at second-export\.mrc, record 1 \(byte 0\): the later one is kept$/)
  })

  it('reports each field dropped or repaired with the record it belongs to, and keeps the record', async () => {
    const dir = tempCatalog()
    async function* withWarnings(file: string): AsyncIterable<ImportResult> {
      for await (const result of readIso2709(file)) {
        yield result.ok && result.position.recordNumber === 2 ? { ...result, warnings: [{ field: '350', message: 'the price has a byte that is not UTF-8 (0xff); the price was dropped' }] } : result
      }
    }
    const summary = await run(dir, [cnmarc], { read: withWarnings })
    expect(summary).toMatchObject({ imported: 10, skipped: 0, warned: 1 })
    const [warning, ...others] = reportSection(dir, 'Kept with warnings')
    expect(others).toEqual([])
    expect(warning).toMatch(/^cnmarc-dp2\.utf8\.mrc, record 2 \(byte \d+\), \S+ “.+”: field 350: the price has a byte that is not UTF-8 \(0xff\); the price was dropped$/)
  })

  it('stops before reading anything when one of the files is not an export, naming it', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    const before = currentBuild(dir)
    const picture = path.join(dir, 'photo.png')
    fs.writeFileSync(picture, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))
    const lines: string[] = []
    await expect(importCatalog([buBibs, picture], { dir, log: (line) => lines.push(line), read: (file) => readExport(file) })).rejects.toThrow(
      `${picture} is not a catalog export: it is a PNG image`,
    )
    expect(lines.filter((line) => line.startsWith('Reading'))).toEqual([])
    expect(currentBuild(dir)).toBe(before)
  })

  it('identifies a record without a 001 by the field the library system puts it in', async () => {
    const dir = tempCatalog()
    async function* withoutControlNumbers(file: string): AsyncIterable<ImportResult> {
      for await (const result of readIso2709(file)) {
        if (!result.ok) continue
        const { record } = result
        const number = record.controlFields.find((field) => field.tag === '001')!.value
        yield {
          ...result,
          record: {
            ...record,
            controlFields: record.controlFields.filter((field) => field.tag !== '001'),
            dataFields: [...record.dataFields, { ind1: ' ', ind2: ' ', subfields: [{ code: 'c', value: `koha-${number}` }], tag: '998' }],
          },
        }
      }
    }
    const summary = await run(dir, [cnmarc], { idField: '998$c', read: withoutControlNumbers })
    expect(summary).toMatchObject({ imported: 10, skipped: 0, warned: 10 })
    expect([...(await readRecords(currentBuild(dir))).keys()].every((id) => id.startsWith('koha-'))).toBe(true)
    expect(reportSection(dir, 'Kept with warnings')[0]).toMatch(/998\$c/)
    await expect(run(dir, [cnmarc], { idField: 'the barcode' })).rejects.toThrow('"the barcode" names no field that holds a record identifier')
  })

  it('writes a search index and record data the site can serve', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    const build = currentBuild(dir)!
    const manifest = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
    expect(manifest).toMatchObject({ records: 10, index: { records: 10 } })
    const reader = new CatalogIndexReader(manifest.index, diskSource(path.join(build, 'index')))
    const [record] = (await readRecords(build)).values()
    const found = await reader.search({ query: record!.title })
    expect(found.hits[0]?.id).toBe(record!.id)
    expect(fs.readdirSync(path.join(build, 'records'))).toHaveLength(manifest.buckets)
  })
})
