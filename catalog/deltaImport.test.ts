/**
 * Incremental imports write the base index and a delta (docs/catalog-index.md): every search
 * must answer as the index of a full rebuild of the same records would, total, facets and hits
 * in order.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { bucketOf, type CatalogManifest, type CatalogRecord } from './contract'
import { diskSource } from './indexing/diskSource'
import { RELEVANCE_QUERIES, RELEVANCE_RECORDS } from './indexing/relevanceSet'
import { writeCatalogIndex } from './indexing/writeIndex'
import type { IndexManifest } from './search/format'
import { CatalogIndexReader, type RangeSource, type SearchRequest, type SearchResponse } from './search/reader'
import { pieces } from './search/terms'
import { pinyinForms } from './searchText'
import { currentBuild, RECORDS_FILE, readRecords, writeRecords } from './store'
import { loadBranches } from './synthetic/branches'
import { createRandom } from './synthetic/random'
import { generatedRecords, importRecords } from './testing/syntheticImport'

/** Folders the tests write catalogs in, removed at the end: each holds indexes of thousands of records. */
const folders: string[] = []
const tempFolder = (prefix: string) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  folders.push(folder)
  return folder
}
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { force: true, recursive: true })))

const branches = loadBranches()

function currentManifest(dir: string): CatalogManifest {
  return JSON.parse(fs.readFileSync(path.join(currentBuild(dir)!, 'manifest.json'), 'utf8')) as CatalogManifest
}

const readerOf = (build: string, manifest: CatalogManifest) => new CatalogIndexReader(manifest.index, diskSource(path.join(build, 'index')))

/** The index of a full rebuild of `records`. */
async function rebuilt(records: CatalogRecord[]): Promise<{ dir: string; reader: CatalogIndexReader }> {
  const build = tempFolder('catalog-rebuild-')
  await writeRecords(build, records)
  const dir = path.join(build, 'index')
  const { manifest } = await writeCatalogIndex(path.join(build, RECORDS_FILE), dir)
  return { dir, reader: new CatalogIndexReader(manifest, diskSource(dir)) }
}

/** The words found most often in titles: common words, answered from their heads. */
function commonWords(records: CatalogRecord[], count: number): string[] {
  const seen = new Map<string, number>()
  for (const record of records) for (const piece of pieces(record.title)) for (const chars of piece.match(/\p{Script=Han}{2}/gu) ?? []) seen.set(chars, (seen.get(chars) ?? 0) + 1)
  return [...seen].sort((a, b) => b[1] - a[1]).slice(0, count).map(([word]) => word)
}

/** Searches of every kind, for records of the catalog before and after the imports. */
function requests(records: CatalogRecord[], sample: CatalogRecord[]): SearchRequest[] {
  const found: SearchRequest[] = RELEVANCE_QUERIES.map(({ query }) => ({ query }))
  const common = commonWords(records, 12)
  common.forEach((word, n) => {
    found.push({ query: word }, { page: 1, query: word }, { query: word, sort: 'newest' }, { query: `${word} ${common[(n + 1) % common.length]}` })
    found.push({ filters: { class: 'I' }, query: word }, { filters: { branch: branches[n % branches.length]!.code }, query: word }, { filters: { yearFrom: 2010, yearTo: 2020 }, query: word })
  })
  for (const record of sample) {
    const title = record.title
    found.push({ query: title }, { query: [...title].slice(1, 3).join('') }, { query: `${record.publisher ?? ''} ${title}` })
    if (record.authors[0]) found.push({ query: record.authors[0] }, { query: `${record.authors[0]} ${title}` })
    if (record.subjects[0]) found.push({ query: `${record.subjects[0]} ${title}` })
    for (const form of pinyinForms(title, { initials: true }).slice(-3)) found.push({ query: form })
    if (record.isbn[0]) found.push({ query: `ISBN ${record.isbn[0]}` })
    if (record.clc) found.push({ query: record.clc }, { query: record.clc.slice(0, 2) })
  }
  const values = (pick: (record: CatalogRecord) => (string | undefined)[]) => [...new Set(records.flatMap(pick))].filter((value): value is string => Boolean(value))
  for (const value of values((record) => [record.clcClass])) found.push({ filters: { class: value }, query: '' }, { filters: { class: value }, page: 2, query: '' })
  for (const value of values((record) => [record.language])) found.push({ filters: { language: value }, query: '' })
  for (const value of values((record) => record.holdings.map((holding) => holding.branch))) found.push({ filters: { branch: value }, query: '' }, { filters: { branch: value }, query: '', sort: 'newest' })
  found.push({ filters: { yearFrom: 2020 }, query: '' }, { filters: { yearFrom: 2000, yearTo: 2001 }, page: 1, query: '' }, { filters: { class: 'K', language: 'chi', yearTo: 1995 }, query: '' })
  return found
}

/** A response as the page shows it, facets in a fixed order. */
const shown = (response: SearchResponse) => ({
  facets: Object.fromEntries(Object.entries(response.facets).map(([facet, counts]) => [facet, counts && [...counts].sort((a, b) => String(a[0]).localeCompare(String(b[0])))])),
  hits: response.hits.map((hit) => hit.id),
  total: response.total,
})

/**
 * A source that answers the reads asked for together at once, a round trip at a time, and
 * counts the round trips: reads that wait for others' answers come in a later one.
 */
function countingRoundTrips(source: RangeSource) {
  let waiting: (() => void)[] = []
  let timer: NodeJS.Timeout | undefined
  const counter = { rounds: 0 }
  const answer = () => {
    timer = undefined
    counter.rounds += 1
    const batch = waiting
    waiting = []
    for (const go of batch) go()
  }
  const read: RangeSource = (file, start, end) =>
    new Promise((resolve, reject) => {
      waiting.push(() => source(file, start, end).then(resolve, reject))
      timer ??= setTimeout(answer, 15)
    })
  return { counter, read }
}

/** Round trips of a search by a reader that has read nothing yet. */
async function roundTripsOf(manifest: IndexManifest, dir: string, request: SearchRequest): Promise<number> {
  const { counter, read } = countingRoundTrips(diskSource(dir))
  await new CatalogIndexReader(manifest, read).search(request)
  return counter.rounds
}

async function expectSameAnswers(dir: string, all: CatalogRecord[], sample: CatalogRecord[]): Promise<void> {
  const build = currentBuild(dir)!
  const manifest = currentManifest(dir)
  const records = [...(await readRecords(build)).values()]
  const delta = readerOf(build, manifest)
  const { dir: fullDir, reader: full } = await rebuilt(records)
  expect(manifest.records).toBe(records.length)
  // The record page finds each record, as it is now (without its MARC record), in its bucket, and nothing else there.
  const inBuckets = Array.from({ length: manifest.buckets }, (_, n) => JSON.parse(fs.readFileSync(path.join(build, 'records', `${n}.json`), 'utf8')) as CatalogRecord[])
  const withoutMarc = records.map(({ marc: _marc, ...record }) => record)
  expect(inBuckets.flat().sort((a, b) => a.id.localeCompare(b.id))).toEqual(withoutMarc.sort((a, b) => a.id.localeCompare(b.id)))
  inBuckets.forEach((bucket, n) => bucket.forEach((record) => expect(bucketOf(record.id, manifest.buckets)).toBe(n)))
  expect(manifest.index.counts).toEqual(expect.objectContaining({ year: full.manifest.counts.year }))
  for (const request of requests(all, sample)) expect(shown(await delta.search(request)), JSON.stringify(request)).toEqual(shown(await full.search(request)))
  // Common words, their first results changed: no more than three round trips, however many the rebuild's index needs.
  for (const query of commonWords(all, 12)) {
    const rounds = await roundTripsOf(manifest.index, path.join(build, 'index'), { query })
    expect(rounds, query).toBeLessThanOrEqual(Math.max(3, await roundTripsOf(full.manifest, fullDir, { query })))
  }
}

const random = createRandom('delta-test')
const pickSome = <T,>(items: T[], count: number) => [...items].sort(() => random.next() - 0.5).slice(0, count)
const byYear = (records: CatalogRecord[]) => [...records].sort((a, b) => (b.year ?? -1) - (a.year ?? -1))

/** A record with a class, a language and a branch no other record has: the facet values grow. */
const unusual: CatalogRecord = {
  authors: ['无名氏'],
  clc: 'Z88',
  clcClass: 'Z',
  holdings: [{ branch: 'pop-up-library', copies: 2 }],
  id: 'unusual-1',
  isbn: [],
  language: 'tib',
  subjects: ['研究'],
  title: '研究之研究',
  year: 2026,
}

/** Books of a word the base has in few records (no head) and the catalog in many after an import. */
const grown = (n: number): CatalogRecord => ({ ...unusual, clc: 'B9', clcClass: 'B', holdings: [{ branch: branches[n % 3]!.code, copies: 1 }], id: `grown-${n}`, language: 'chi', title: `藏文典籍${n}`, year: 1990 + (n % 30) })

describe('incremental imports with a delta', () => {
  it('answer every search as a full rebuild of the same records does, after one and two incrementals and a full import with removals', { timeout: 240_000 }, async () => {
    const dir = tempFolder('liling-delta-')
    const base = [...generatedRecords('delta-base', 2500), ...RELEVANCE_RECORDS, ...Array.from({ length: 5 }, (_, n) => grown(n))]
    await importRecords(dir, base)
    expect(currentManifest(dir).index.delta).toBeUndefined()

    // One: new records, and changed ones, among them the newest (the first results of common words).
    const one = generatedRecords('delta-one', 2700)
    const changedOne = [...pickSome(one.slice(0, 2500), 150), ...one.filter((record) => byYear(base).slice(0, 20).some((newest) => newest.id === record.id))]
    const reissued = RELEVANCE_RECORDS.slice(0, 5).map((record) => ({ ...record, year: 2026, holdings: [{ branch: 'van', copies: 9 }] }))
    const firstImport = [...changedOne, ...one.slice(2500), ...reissued, unusual, ...Array.from({ length: 120 }, (_, n) => grown(n + 5))]
    expect(await importRecords(dir, firstImport, { incremental: true })).toMatchObject({ added: 321, changed: true })
    expect(currentManifest(dir).index.delta).toBeDefined()
    const sample = [...pickSome(base, 15), ...pickSome(firstImport, 15), unusual, grown(1)]
    await expectSameAnswers(dir, [...base, ...firstImport], sample)

    // Two: more of the same, some records changed twice, some back as the base had them.
    const two = generatedRecords('delta-two', 2750)
    const secondImport = [...pickSome(two.slice(0, 2700), 150), ...two.slice(2700), ...changedOne.slice(0, 10).map((record) => base.find((before) => before.id === record.id)!)]
    await importRecords(dir, secondImport, { incremental: true })
    expect(currentManifest(dir).index.delta).toBeDefined()
    const sampleTwo = [...sample, ...pickSome(secondImport, 15)]
    await expectSameAnswers(dir, [...base, ...firstImport, ...secondImport], sampleTwo)

    // A full export without some records, the newest among them.
    const current = [...(await readRecords(currentBuild(dir))).values()]
    const gone = new Set([...byYear(current).slice(0, 15), ...pickSome(current, 100)].map((record) => record.id))
    expect((await importRecords(dir, current.filter((record) => !gone.has(record.id)))).removed).toBe(gone.size)
    expect(currentManifest(dir).index.delta).toBeDefined()
    await expectSameAnswers(dir, current, sampleTwo)
  })

  it('writes a new base when more records differ from the base than a delta may hold', { timeout: 120_000 }, async () => {
    const dir = tempFolder('liling-delta-')
    await importRecords(dir, generatedRecords('limit-base', 1500))
    await importRecords(dir, generatedRecords('limit-one', 600), { incremental: true })
    expect(currentManifest(dir).index.delta).toBeDefined()
    // 600 changed before, 500 more now: 1,100 differ from the base, over the least limit of 1,000.
    await importRecords(dir, generatedRecords('limit-two', 1100).slice(600), { incremental: true })
    const manifest = currentManifest(dir)
    expect(manifest.index.delta).toBeUndefined()
    expect(manifest.records).toBe(1500)
    expect(fs.readdirSync(path.join(currentBuild(dir)!, 'index')).some((file) => file === 'added')).toBe(false)
  })

  it('collects the terms of a full import from the record that makes it too large for a delta, to the index a rebuild writes', { timeout: 120_000 }, async () => {
    const dir = tempFolder('liling-delta-')
    await importRecords(dir, generatedRecords('late-base', 1500))
    // Every record differs from the base's: the import's term collector starts at the 1,001st, with those read before.
    const records = generatedRecords('late-other', 2500)
    // Two records come twice, the later one changed (newest, elsewhere, in another class), before the collector starts and after.
    const again = (record: CatalogRecord): CatalogRecord => ({ ...record, clc: 'Z89', clcClass: 'Z', holdings: [{ branch: 'van', copies: 4 }], title: `${record.title}（修订本）`, year: 2026 })
    const early = again(records[5]!)
    const late = again(records[2000]!)
    await importRecords(dir, [...records.slice(0, 500), early, ...records.slice(500), late])
    expect(currentManifest(dir).index.delta).toBeUndefined()
    expect(currentManifest(dir).records).toBe(2500)
    const { dir: fullDir } = await rebuilt(records.map((record, n) => (n === 5 ? early : n === 2000 ? late : record)))
    expect(fs.readdirSync(path.join(currentBuild(dir)!, 'index')).sort()).toEqual(fs.readdirSync(fullDir).sort())
  })

  it('leaves the previous catalog as it was when an incremental import fails while writing its delta', async () => {
    const dir = tempFolder('liling-delta-')
    await importRecords(dir, generatedRecords('fail-base', 300))
    const before = currentBuild(dir)
    const manifest = fs.readFileSync(path.join(before!, 'manifest.json'), 'utf8')
    // An id too long for a record's slot: the delta's writer stops with an error.
    const unfit = { ...unusual, id: 'x'.repeat(400) }
    await expect(importRecords(dir, [...generatedRecords('fail-one', 20), unfit], { incremental: true })).rejects.toThrow(/does not fit in a slot.*was left as it was/)
    expect(currentBuild(dir)).toBe(before)
    expect(fs.readdirSync(path.join(dir, 'builds'))).toHaveLength(1)
    expect(fs.readFileSync(path.join(before!, 'manifest.json'), 'utf8')).toBe(manifest)
    expect((await readRecords(before)).size).toBe(300)
  })
})
