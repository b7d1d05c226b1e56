import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { importCatalog, type ImportResult } from './importCatalog'
import { readIso2709 } from './marc/iso2709'
import { currentBuild, readRecords } from './store'

const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures/marc')
const fixture = (name: string) => path.join(FIXTURES, name)
const cnmarc = fixture('cnmarc-dp2.utf8.mrc')
const buBibs = fixture('bu_bibs.mrc')

const tempCatalog = () => fs.mkdtempSync(path.join(os.tmpdir(), 'liling-catalog-'))
const run = (dir: string, files: string[], options: { incremental?: boolean; read?: (file: string) => AsyncIterable<ImportResult> } = {}) =>
  importCatalog(files, { dir, log: () => {}, read: options.read ?? ((file) => readIso2709(file)), ...options })

describe('importing the catalog', () => {
  it('keeps every good record and reports each bad one with its place in the file and the reason', async () => {
    const dir = tempCatalog()
    const summary = await run(dir, [cnmarc, buBibs])
    expect(summary).toMatchObject({ added: 94, imported: 94, read: 110, skipped: 16 })
    expect(summary.refusals[0]).toMatch(/^bu_bibs\.mrc, record 3 \(byte 4435\): the leader gives the record length as 1914 bytes/)
    const report = fs.readFileSync(path.join(dir, 'import-report.txt'), 'utf8')
    expect(report.trim().split('\n')).toHaveLength(16)
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
    const full = await run(dir, [buBibs])
    expect(full.removed).toBe(10)
    expect((await readRecords(currentBuild(dir))).size).toBe(84)
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
    await expect(run(dir, [fixture('utf8_invalid.mrc')])).rejects.toThrow(/no importable record.*10 records was left as it was/)
    expect((await readRecords(currentBuild(dir))).size).toBe(10)
  })

  it('runs one import at a time: a second one is refused with a message, and the first completes', async () => {
    const dir = tempCatalog()
    const [first, second] = await Promise.allSettled([run(dir, [cnmarc]), run(dir, [buBibs])])
    expect(first).toMatchObject({ status: 'fulfilled', value: { added: 10 } })
    expect(second).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/^Another catalog import is running \(process \d+, since .+\): wait until it has finished.*Nothing was changed\.$/) } })
    expect((await readRecords(currentBuild(dir))).size).toBe(10)
    expect((await run(dir, [buBibs], { incremental: true })).added).toBe(84)
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

  it('writes a search index and record data the site can serve', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    const build = currentBuild(dir)!
    const manifest = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ records: 10, shards: ['0'] })
    expect(fs.existsSync(path.join(build, 'pagefind', '0', 'pagefind.js'))).toBe(true)
    expect(fs.readdirSync(path.join(build, 'records'))).toHaveLength(manifest.buckets)
  })
})
