import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MarcRecord } from '../marc/types'
import { normalizeRecord } from '../normalize'
import { writeSyntheticCatalog } from './writeCatalog'

const RECORD_TERMINATOR = 0x1d
const FIELD_TERMINATOR = 0x1e
const SUBFIELD_DELIMITER = '\x1f'

/** Splits an ISO 2709 file on the record terminator, each record keeping its terminator. */
function splitRecords(file: Buffer): Buffer[] {
  const records: Buffer[] = []
  let start = 0
  for (let end = file.indexOf(RECORD_TERMINATOR); end !== -1; end = file.indexOf(RECORD_TERMINATOR, start)) {
    records.push(file.subarray(start, end + 1))
    start = end + 1
  }
  expect(start, 'bytes after the last record terminator').toBe(file.length)
  return records
}

/** Test-only: the fields of one record through its directory (the importer's reader is marc/iso2709.ts). */
function decode(record: Buffer): MarcRecord {
  const leader = record.subarray(0, 24).toString('ascii')
  const baseAddress = Number(leader.slice(12, 17))
  const directory = record.subarray(24, baseAddress - 1).toString('ascii')
  const result: MarcRecord = { controlFields: [], dataFields: [], leader }
  for (let i = 0; i < directory.length; i += 12) {
    const tag = directory.slice(i, i + 3)
    const length = Number(directory.slice(i + 3, i + 7))
    const offset = Number(directory.slice(i + 7, i + 12))
    const data = record.subarray(baseAddress + offset, baseAddress + offset + length)
    expect(data.at(-1), `field ${tag} ends with a field terminator`).toBe(FIELD_TERMINATOR)
    const text = data.subarray(0, -1).toString('utf8')
    if (tag < '010') result.controlFields.push({ tag, value: text })
    else {
      const [indicators = '', ...subfields] = text.split(SUBFIELD_DELIMITER)
      result.dataFields.push({
        ind1: indicators[0] ?? ' ',
        ind2: indicators[1] ?? ' ',
        subfields: subfields.map((s) => ({ code: s.charAt(0), value: s.slice(1) })),
        tag,
      })
    }
  }
  return result
}

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'catalog-generate-'))
})
afterAll(async () => {
  await rm(folder, { force: true, recursive: true })
})

describe('writeSyntheticCatalog', () => {
  it('writes 200 well-framed ISO 2709 records that all normalise', async () => {
    const out = join(folder, 'catalog.iso')
    const summary = await writeSyntheticCatalog({ count: 200, out, seed: 'test' })
    const file = await readFile(out)
    expect(summary).toMatchObject({ bytes: file.length, records: 200 })

    const records = splitRecords(file)
    expect(records).toHaveLength(200)
    for (const bytes of records) {
      const leader = bytes.subarray(0, 24).toString('ascii')
      expect(Number(leader.slice(0, 5)), 'the leader gives the record length').toBe(bytes.length)
      expect(bytes[Number(leader.slice(12, 17)) - 1], 'the directory ends where the base address says').toBe(FIELD_TERMINATOR)
    }

    const results = records.map((bytes) => normalizeRecord(decode(bytes)))
    const failures = results.flatMap((result, i) => (result.ok ? [] : [`record ${i + 1}: ${result.reason}`]))
    expect(failures).toEqual([])
    const normalized = results.flatMap((result) => (result.ok ? [result.record] : []))
    expect(new Set(normalized.map((r) => r.id)).size).toBe(200)
    for (const record of normalized) {
      expect(record.title).not.toBe('')
      expect(record.clcClass).toMatch(/^[A-KN-Z]$/u)
      expect(record.callNumber).toMatch(/^[A-Z].*\/\d+$/u)
      expect(record.holdings.length).toBeGreaterThan(0)
      for (const holding of record.holdings) expect(holding.copies).toBeGreaterThanOrEqual(1)
      expect(record.year).toBeGreaterThanOrEqual(1980)
      expect(record.year).toBeLessThanOrEqual(2026)
    }
    // Books from 1987 on carry an ISBN (99 %), each with a valid check digit, or the normaliser would drop it.
    const recent = normalized.filter((r) => (r.year ?? 0) >= 1987)
    expect(recent.filter((r) => r.isbn.length === 1).length).toBeGreaterThan(0.95 * recent.length)
    expect(normalized.filter((r) => r.language === 'chi').length).toBeGreaterThan(0.9 * normalized.length)
    expect(normalized.filter((r) => r.titlePinyin).length).toBeGreaterThan(0.9 * normalized.length)
    expect(normalized.filter((r) => r.holdings.some((h) => h.branch === 'central-library')).length).toBeGreaterThan(0.8 * normalized.length)
  })

  it('gives the same file for the same seed and another file for another seed', async () => {
    const [first, again, other] = ['a.iso', 'b.iso', 'c.iso'].map((name) => join(folder, name)) as [string, string, string]
    await writeSyntheticCatalog({ count: 50, out: first, seed: '7' })
    await writeSyntheticCatalog({ count: 50, out: again, seed: '7' })
    await writeSyntheticCatalog({ count: 50, out: other, seed: '8' })
    expect((await readFile(first)).equals(await readFile(again))).toBe(true)
    expect((await readFile(first)).equals(await readFile(other))).toBe(false)
  })

  it('begins a longer file with the records of a shorter one of the same seed', async () => {
    const [short, long] = [join(folder, 'short.iso'), join(folder, 'long.iso')]
    await writeSyntheticCatalog({ count: 20, out: short, seed: '7' })
    await writeSyntheticCatalog({ count: 40, out: long, seed: '7' })
    const shortFile = await readFile(short)
    expect((await readFile(long)).subarray(0, shortFile.length).equals(shortFile)).toBe(true)
  })

  it('puts a frequent word in most records and a rare word in few', async () => {
    const out = join(folder, 'frequency.iso')
    await writeSyntheticCatalog({ count: 2000, out, seed: 'frequency' })
    const records = splitRecords(await readFile(out)).map((bytes) => bytes.toString('utf8'))
    expect(records.filter((text) => text.includes('中国')).length).toBeGreaterThan(0.6 * records.length)
    expect(records.filter((text) => text.includes('釉下五彩')).length).toBeLessThan(5)
  })
})
