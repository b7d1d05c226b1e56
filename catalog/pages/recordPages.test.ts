import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { importCatalog } from '../importCatalog'
import { readIso2709 } from '../marc/iso2709'
import { writeIso2709 } from '../marc/iso2709Writer'
import { currentBuild } from '../store'
import { PAGES, pageSetOf, prunePageSets, refreshRecordPages } from './recordPages'
import { testShells } from './testing/shells'

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/marc')
const cnmarc = path.join(FIXTURES, 'cnmarc-dp2.utf8.mrc')
const marc21 = path.join(FIXTURES, 'test_data.utf8.mrc')

const tempCatalog = () => fs.mkdtempSync(path.join(os.tmpdir(), 'liling-pages-'))
const run = (dir: string, files: string[], options: { force?: boolean; incremental?: boolean; layout?: string } = {}) =>
  importCatalog(files, { dir, log: () => {}, read: (file) => readIso2709(file), shells: testShells(options.layout), ...options })

/** A record page as the site's server finds it: the delta's, else the base's. */
function servedPage(dir: string, locale: string, slug: string): string | undefined {
  const pages = path.join(currentBuild(dir)!, PAGES)
  for (const part of ['delta', 'base']) {
    const file = path.join(pages, part, locale, `${slug}.html.gz`)
    if (fs.existsSync(file)) return gunzipSync(fs.readFileSync(file)).toString()
  }
  return undefined
}

/** The CNMARC fixture with the title of its first record changed, as a new export of it would be. */
async function withChangedTitle(dir: string, title: string): Promise<string> {
  const records = []
  for await (const result of readIso2709(cnmarc)) if (result.ok) records.push(result.record)
  const first = records[0]!
  const field = first.dataFields.find((f) => f.tag === '200')!
  field.subfields = field.subfields.map((s) => (s.code === 'a' ? { ...s, value: title } : s))
  const file = path.join(dir, 'changed.mrc')
  fs.writeFileSync(file, Buffer.concat(records.map(writeIso2709)))
  return file
}

describe('record pages written by the import', () => {
  it('writes every record page in both languages, then only the changed ones, leaving the earlier pages as they were', async () => {
    const dir = tempCatalog()
    const first = await run(dir, [cnmarc, marc21])
    expect(first.pages).toMatchObject({ files: 80, kind: 'all' })
    expect(servedPage(dir, 'zh', '990002180740203961')).toContain("'94中国发展报告")
    expect(servedPage(dir, 'en', '2009373513')).toContain('Ci an zhou bian')
    // Search engines find them all through the set's sitemap.
    const set = pageSetOf(currentBuild(dir))!
    expect(fs.readFileSync(path.join(set, 'sitemap.xml'), 'utf8')).toContain('<loc>https://library.example/catalog/data/pages/records-0.xml</loc>')
    const sitemap = fs.readFileSync(path.join(set, 'records-0.xml'), 'utf8')
    expect(sitemap.split('<url>').length - 1).toBe(80)
    expect(sitemap).toContain('<loc>https://library.example/en/catalog/record/2009373513/</loc>')
    const earlierBuild = currentBuild(dir)!
    const earlierFile = path.join(pageSetOf(earlierBuild)!, 'base', 'zh', '990002180740203961.html.gz')
    const earlier = fs.readFileSync(earlierFile)

    const second = await run(dir, [await withChangedTitle(dir, '九四中国发展报告'), marc21])
    expect(second).toMatchObject({ changed: true, updated: 1 })
    expect(second.pages).toMatchObject({ files: 2, kind: 'delta' })
    expect(servedPage(dir, 'zh', '990002180740203961')).toContain('九四中国发展报告')
    expect(servedPage(dir, 'zh', '990002181190203961')).toContain("'95中国发展报告")
    // The previous catalog, still linked from its build, is as it was.
    expect(fs.readFileSync(earlierFile).equals(earlier)).toBe(true)
    expect(pageSetOf(earlierBuild)).toBeDefined()
  })

  it("says on each page of the sample catalog that it is sample data, and no longer once the library's records replace it", async () => {
    const dir = tempCatalog()
    await importCatalog([cnmarc], { dir, log: () => {}, read: (file) => readIso2709(file), sample: true, shells: testShells() })
    expect(servedPage(dir, 'zh', '990002180740203961')).toContain('<p class="notice catalog-sample">这是示例目录')
    expect(servedPage(dir, 'en', '990002180740203961')).toContain('<p class="notice catalog-sample">This is a sample catalog')
    await run(dir, [cnmarc, marc21])
    expect(servedPage(dir, 'zh', '990002180740203961')).not.toContain('catalog-sample')
  })

  it("says a removed record is gone at its address, and keeps the delta's earlier pages", async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc, marc21])
    await run(dir, [await withChangedTitle(dir, '九四中国发展报告'), marc21])
    const removal = await run(dir, [await withChangedTitle(dir, '九四中国发展报告')], { force: true })
    expect(removal).toMatchObject({ removed: 30 })
    expect(removal.pages?.kind).toBe('delta')
    expect(servedPage(dir, 'en', '2009373513')).toContain('<meta name="robots" content="noindex">')
    expect(servedPage(dir, 'zh', '990002180740203961')).toContain('九四中国发展报告')
  })

  it('writes every page again when the site looks different, at once on import and in one step for an unchanged catalog', async () => {
    const dir = tempCatalog()
    await run(dir, [cnmarc])
    const relaid = await run(dir, [await withChangedTitle(dir, '九四中国发展报告')], { layout: '新的页眉' })
    expect(relaid.pages).toMatchObject({ files: 20, kind: 'all' })
    expect(servedPage(dir, 'zh', '990002181190203961')).toContain('新的页眉')

    const build = currentBuild(dir)!
    const before = pageSetOf(build)
    expect(await refreshRecordPages(dir, testShells('新的页眉'))).toBeUndefined()
    const refreshed = await refreshRecordPages(dir, testShells('又一个页眉'))
    expect(refreshed).toMatchObject({ files: 20, kind: 'all' })
    expect(currentBuild(dir)).toBe(build)
    expect(pageSetOf(build)).not.toBe(before)
    expect(servedPage(dir, 'en', '990002181190203961')).toContain('又一个页眉')
    // The set no build links to any more goes once pruned.
    expect(fs.existsSync(before!)).toBe(true)
    prunePageSets(dir)
    expect(fs.existsSync(before!)).toBe(false)
  })
})
