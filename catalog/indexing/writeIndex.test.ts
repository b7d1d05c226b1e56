import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { CatalogRecord } from '../contract'
import { COUNTS_FROM, PAGE_SIZE, TOP_FROM } from '../search/format'
import { CatalogIndexReader, CatalogUnavailable, type SearchRequest } from '../search/reader'
import { RECORDS_FILE, writeRecords } from '../store'
import { diskSource } from './diskSource'
import { writeCatalogIndex } from './writeIndex'

const book = (id: string, title: string, more: Partial<CatalogRecord> = {}): CatalogRecord => ({
  authors: [],
  holdings: [{ branch: 'main', copies: 1 }],
  id,
  isbn: [],
  subjects: [],
  title,
  ...more,
})

/** A small catalog with one book for each kind of query, and many that share a common word. */
const catalog: CatalogRecord[] = [
  book('report', '中国发展报告', { authors: ['国家统计局'], clc: 'F124', clcClass: 'F', isbn: ['9787040247657'], language: 'chi', year: 2008 }),
  book('hamlet', 'Hamlet', { authors: ['Shakespeare, William'], clc: 'I561.33', clcClass: 'I', language: 'eng', year: 1990 }),
  book('about-hamlet', 'Notes on Shakespeare', { authors: ['Hamlet, Sarah'], clc: 'I561.06', clcClass: 'I', language: 'eng', year: 2020 }),
  book('peace', 'War and peace', { authors: ['Tolstoy, Leo'], clc: 'I512.44', clcClass: 'I', language: 'eng', year: 2001 }),
  book('peace-war', 'Peace and war in Europe', { clc: 'D81', clcClass: 'D', language: 'eng', year: 2003 }),
  book('china', '中国', { clc: 'K92', clcClass: 'K', language: 'chi', year: 1999 }),
  book('china-people', '中国人', { clc: 'C91', clcClass: 'C', language: 'chi', year: 2015 }),
  book('traditional', '圖書館學概論', { clc: 'G250', clcClass: 'G', language: 'chi', year: 1985 }),
  book('branch-book', '醴陵瓷器', { clc: 'J527', clcClass: 'J', holdings: [{ branch: 'van', copies: 2 }], language: 'chi', year: 2014 }),
  book('undated', '无年代的书', { holdings: [{ branch: 'van', copies: 1 }] }),
  ...Array.from({ length: TOP_FROM + 20 }, (_, n) =>
    book(`study-${n}`, `第${n}号研究`, { clc: `I247.${n % 3}`, clcClass: 'I', holdings: [{ branch: n % 2 ? 'van' : 'main', copies: 1 }], language: n % 4 ? 'chi' : 'jpn', year: 2000 + (n % 20) }),
  ),
]

async function indexed(records: CatalogRecord[], workers = 0) {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-index-'))
  await writeRecords(build, records)
  const dir = path.join(build, 'index')
  const { manifest } = await writeCatalogIndex(path.join(build, RECORDS_FILE), dir, () => {}, { workers })
  return { dir, manifest, reader: new CatalogIndexReader(manifest, diskSource(dir)) }
}

const { dir, manifest, reader } = await indexed(catalog)
const ids = async (request: SearchRequest | string) => (await reader.search(typeof request === 'string' ? { query: request } : request)).hits.map((hit) => hit.id)

describe('the catalog index', () => {
  it('finds a book by a word of its title, its author, a two-character word inside a longer title, and its whole title first', async () => {
    expect(await ids('发展')).toEqual(['report'])
    expect(await ids('国家统计局')).toEqual(['report'])
    expect((await ids('hamlet')).slice(0, 2)).toEqual(['hamlet', 'about-hamlet'])
    expect((await ids('中国'))[0]).toBe('china')
    expect(await ids('中国人')).toEqual(['china-people'])
  })

  it('finds an ISBN in either form, with hyphens and a leading ISBN or 书号', async () => {
    for (const query of ['9787040247657', '978-7-04-024765-7', 'ISBN 978-7-04-024765-7', '7040247658', '书号：7-04-024765-8']) expect(await ids(query), query).toEqual(['report'])
  })

  it('finds class numbers as prefixes, and simplified and traditional characters alike', async () => {
    expect(await ids('I561')).toEqual(expect.arrayContaining(['hamlet', 'about-hamlet']))
    expect(await ids('F124')).toEqual(['report'])
    expect(await ids('图书馆')).toEqual(['traditional'])
    expect(await ids('圖書館')).toEqual(['traditional'])
  })

  it('finds pinyin joined, spaced and as initials', async () => {
    for (const query of ['zhongguofazhanbaogao', 'zhongguo fazhan', 'zhong guo fa zhan bao gao', 'zgfzbg']) expect(await ids(query), query).toContain('report')
  })

  it('matches a quoted phrase as a phrase, and all words otherwise', async () => {
    expect(await ids('"war and peace"')).toEqual(['peace'])
    expect((await ids('peace war')).sort()).toEqual(['peace', 'peace-war'])
  })

  it('finds nothing for nonsense, punctuation, regular-expression characters or a thousand characters, without error', async () => {
    for (const query of ['qqqzzz', 'asdfgh', '的的的的', '?!…', '.*[(', 'a'.repeat(1000), '\u0000\u0007']) {
      expect((await reader.search({ query })).total, query).toBe(0)
    }
  })

  it('has no prefix match on a single character', async () => {
    expect(await ids('中')).toEqual([])
    expect(await ids('醴')).toEqual([])
  })

  it('counts a common word exactly, shows it page by page without repeats, and by newest', async () => {
    const first = await reader.search({ query: '研究' })
    expect(first.total).toBe(TOP_FROM + 20)
    expect(first.hits).toHaveLength(PAGE_SIZE)
    expect(first.facets.language.get('jpn')).toBe(Math.ceil((TOP_FROM + 20) / 4))
    expect(first.facets.branch?.get('van')).toBe((TOP_FROM + 20) / 2)
    const seen = new Set<string>()
    for (let page = 0; page * PAGE_SIZE < first.total; page += 1) for (const id of await ids({ page, query: '研究' })) seen.add(id)
    expect(seen.size).toBe(first.total)
    const newest = await reader.search({ query: '研究', sort: 'newest' })
    const years = newest.hits.map((hit) => hit.year!)
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })

  it('filters by branch, class, language and years, with exact counts, and browses with filters alone', async () => {
    const filtered = await reader.search({ filters: { branch: 'van', class: 'I', language: 'jpn', yearFrom: 2005, yearTo: 2010 }, query: '研究' })
    const expected = catalog.filter((record) => record.title.includes('研究') && record.holdings[0]!.branch === 'van' && record.language === 'jpn' && record.year! >= 2005 && record.year! <= 2010)
    expect(filtered.total).toBe(expected.length)
    expect(filtered.hits.map((hit) => hit.id).sort()).toEqual(expected.map((record) => record.id).slice(0, PAGE_SIZE).sort())
    const browsed = await reader.search({ filters: { class: 'I' }, query: '' })
    expect(browsed.total).toBe(catalog.filter((record) => record.clcClass === 'I').length)
    expect(browsed.facets.class.get('I')).toBe(browsed.total)
    const van = await reader.search({ filters: { branch: 'van' }, query: '' })
    expect(van.total).toBe(catalog.filter((record) => record.holdings.some((holding) => holding.branch === 'van')).length)
    expect((await reader.search({ filters: { yearTo: 1000 }, query: '' })).total).toBe(0)
  })

  it('answers two common words from the head of their pair as intersecting them would, in one read beyond the dictionary', async () => {
    const dated = (id: string, title: string, n: number) => book(id, title, { language: n % 4 ? 'chi' : 'jpn', year: 2000 + (n % 20) })
    const records = [
      ...Array.from({ length: TOP_FROM + 20 }, (_, n) => dated(`study-${n}`, `第${n}号研究`, n)),
      ...Array.from({ length: TOP_FROM + 1 }, (_, n) => dated(`essays-${n}`, `论文集${n}`, n)),
      ...Array.from({ length: 2 * PAGE_SIZE + 5 }, (_, n) => dated(`study-essays-${n}`, `研究论文${n}`, n)),
    ]
    const paired = await indexed(records)
    const reads: string[] = []
    const disk = diskSource(paired.dir)
    const fresh = () => new CatalogIndexReader(paired.manifest, (file, start, end) => (reads.push(file), disk(file, start, end)))
    // Every record has a year from 2000: this filter keeps them all, and makes the reader intersect postings.
    const intersected = (query: string, page = 0) => fresh().search({ filters: { yearFrom: 2000 }, page, query })

    for (const [query, total] of [['研究 论文', 2 * PAGE_SIZE + 5], ['第 研究', TOP_FROM + 20], ['论文 第', 0]] as const) {
      for (const page of [0, 1, 2]) {
        reads.length = 0
        const answer = await fresh().search({ page, query })
        // Beyond the dictionary, the pair's head alone.
        if (page === 0) expect(reads.filter((file) => !file.startsWith('dictionary-')).length, query).toBeLessThanOrEqual(1)
        const expected = await intersected(query, page)
        expect(answer.total, query).toBe(total)
        expect(answer.hits, `${query}, page ${page + 1}`).toEqual(expected.hits)
        expect(answer.facets.language, query).toEqual(expected.facets.language)
      }
    }
  })

  it('reads the postings of a word found in a few dozen records at once, with no head before them', async () => {
    const reads: string[] = []
    const disk = diskSource(dir)
    const counting = new CatalogIndexReader(manifest, (file, start, end) => (reads.push(file), disk(file, start, end)))
    // A third of the studies are in class I247.0.
    const answer = await counting.search({ query: 'I247.0' })
    expect(answer.total).toBeGreaterThan(COUNTS_FROM)
    expect(answer.total).toBeLessThanOrEqual(TOP_FROM)
    expect(reads.filter((file) => file.startsWith('postings-'))).toHaveLength(1)
  })

  it('reads again on the next search what failed to be read once', async () => {
    const disk = diskSource(dir)
    let failures = 1
    const flaky = new CatalogIndexReader(manifest, async (file, start, end) => {
      if (file === manifest.groups.file && failures-- > 0) throw new Error('the network dropped')
      return disk(file, start, end)
    })
    const filtered = { filters: { class: 'I' }, query: '研究' }
    await expect(flaky.search(filtered)).rejects.toThrow(CatalogUnavailable)
    expect((await flaky.search(filtered)).total).toBe((await reader.search(filtered)).total)
  })

  it('is the same, file for file, when its terms are collected in worker threads', async () => {
    const threaded = await indexed(catalog, 2)
    expect(threaded.manifest).toEqual(manifest)
    for (const file of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(threaded.dir, file)).equals(fs.readFileSync(path.join(dir, file))), file).toBe(true)
  })

  it('shows nothing and reads nothing for an empty query without filters', async () => {
    expect(await reader.search({ query: '  ' })).toMatchObject({ hits: [], total: 0 })
  })

  it('says the catalog is unavailable, never giving wrong results, when a file is missing, cut short or from another import', async () => {
    const broken = (mutate: (file: string) => void) => {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-index-broken-'))
      fs.cpSync(dir, copy, { recursive: true })
      mutate(copy)
      return new CatalogIndexReader(manifest, diskSource(copy))
    }
    const postings = manifest.postings[0]!
    const missing = broken((copy) => fs.rmSync(path.join(copy, postings)))
    await expect(missing.search({ query: '研究' })).rejects.toThrow(CatalogUnavailable)
    const truncated = broken((copy) => fs.truncateSync(path.join(copy, postings), 100))
    await expect(truncated.search({ query: '研究' })).rejects.toThrow(CatalogUnavailable)
    // Another import's index under the same names: its own files, read with this manifest.
    const other = await indexed(catalog.slice(5))
    const mixed = broken((copy) => {
      for (const file of fs.readdirSync(other.dir)) fs.copyFileSync(path.join(other.dir, file), path.join(copy, file.replace(/\.[0-9a-f]{16}\.bin$/, '')))
      for (const file of fs.readdirSync(copy)) {
        const same = fs.readdirSync(other.dir).find((name) => name.split('.')[0] === file.split('.')[0])
        if (same && file.includes('.')) fs.copyFileSync(path.join(other.dir, same), path.join(copy, file))
      }
    })
    await expect(mixed.search({ query: '研究' })).rejects.toThrow(CatalogUnavailable)
  })
})
