/**
 * What readers can type in the catalog (docs/catalog-index.md), tried in Chromium on the built
 * site's catalog: real records and generated ones, searched as a reader would.
 */

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { idOfSlug } from '../../catalog/display/recordAddress'
import { pinyinForms } from '../../catalog/searchText'
import { pieces } from '../../catalog/search/terms'
import { launchChromium, visitor } from './browser'
import { siteCatalogRecords } from './catalogRecords'

const site = inject('siteUrl')
const records = siteCatalogRecords()

const generated = records.filter((record) => record.id.startsWith('LL'))
/** A generated Chinese book whose title holds a two-character word inside it, and has an author and subjects. */
const book = generated.find((record) => /^\p{Script=Han}{5,}$/u.test(record.title) && record.authors.length > 0 && record.subjects.length > 0 && record.isbn.length > 0)!
const english = records.find((record) => record.language === 'eng' && /^[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/.test(record.title))!

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens the catalog page at `address` and waits for its answer. */
async function open(address: string): Promise<Page> {
  const { page } = await visitor(browser)
  await page.goto(`${site}${address}`)
  await page.locator('.catalog-search .status:is([data-state="done"], [data-state="guidance"], [data-state="unavailable"])').waitFor()
  return page
}

type Found = { count: string; ids: string[]; meta: string[]; titles: string[] }

async function found(page: Page): Promise<Found> {
  const addresses = await page.locator('.catalog-search .results h2 a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  // Each result links to its record's page, /catalog/record/<slug>/.
  const links = addresses.map((address) => idOfSlug(/\/catalog\/record\/([^/]+)\/$/.exec(address)![1]!)!)
  return {
    count: (await page.locator('.catalog-search .status').textContent()) ?? '',
    ids: links,
    meta: await page.locator('.catalog-search .results .meta').allTextContents(),
    titles: await page.locator('.catalog-search .results h2 .title').allTextContents(),
  }
}

async function search(query: string, address = '/catalog/'): Promise<Found> {
  const page = await open(`${address}?q=${encodeURIComponent(query)}`)
  const result = await found(page)
  await page.context().close()
  return result
}

describe('what readers can type in the catalog', () => {
  it('finds a book by its title, by a two-character word inside it, by an author, a subject and a publisher with a title word', async () => {
    const inner = [...book.title].slice(2, 4).join('')
    for (const query of [book.title, inner, book.authors[0]!, `${book.subjects[0]} ${book.title}`, `${book.publisher} ${book.title}`]) {
      expect((await search(query)).ids, query).toContain(book.id)
    }
  })

  it('finds a book by its series, in Chinese and in other scripts', async () => {
    const inSeries = [records.find((record) => record.series?.some((series) => /\p{Script=Han}/u.test(series))), records.find((record) => record.series?.some((series) => /^[A-Za-z ]+$/.test(series)))]
    for (const record of inSeries) {
      expect(record, 'a real record with a series').toBeDefined()
      const series = record!.series!.find((text) => /\p{Script=Han}|^[A-Za-z ]+$/u.test(text))!
      expect((await search(series)).ids, series).toContain(record!.id)
    }
  })

  it('puts the book whose whole title is the query first', async () => {
    expect((await search(book.title)).ids[0]).toBe(book.id)
  })

  it('finds pinyin joined, spaced and as initials', async () => {
    const forms = pinyinForms(book.title, { initials: true })
    for (const query of forms.slice(-3)) expect((await search(query)).ids, query).toContain(book.id)
  })

  it('finds an ISBN typed with a leading ISBN or 书号', async () => {
    const isbn = book.isbn[0]!
    for (const query of [`ISBN ${isbn}`, `书号 ${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 12)}-${isbn.slice(12)}`]) {
      expect((await search(query)).ids, query).toEqual([book.id])
    }
  })

  it('finds class numbers as prefixes', async () => {
    const fold = (clc: string) => clc.toLowerCase()
    const sharing = (prefix: string) => records.filter((record) => record.clc && fold(record.clc).startsWith(fold(prefix)))
    const classed = records.find((record) => record.clc && /^[A-Z]+\d+\.\d/.test(record.clc) && sharing(record.clc.split('.')[0]!).length <= 10)!
    const prefix = classed.clc!.split('.')[0]!
    const result = await search(prefix)
    expect(result.ids).toContain(classed.id)
    expect(result.ids.length).toBe(sharing(prefix).length)
  })

  it('matches a quoted phrase only as a phrase', async () => {
    const words = english.title.split(' ').slice(0, 3)
    expect((await search(`"${words.join(' ')}"`, '/en/catalog/')).ids).toContain(english.id)
    const reversed = `"${[...words].reverse().join(' ')}"`
    const withReversed = records.filter((record) => pieces(record.title).join(' ').includes(pieces(reversed).join(' ')))
    expect((await search(reversed, '/en/catalog/')).ids.length).toBe(withReversed.length)
  })

  it('finds nothing for nonsense and for a single character that only starts words, and says so', async () => {
    for (const query of ['qqqzzz', 'asdfgh', '的的的的', '？！……', '.*[(\\', 'x'.repeat(1000)]) {
      const result = await search(query)
      expect(result.ids, query).toEqual([])
      expect(result.count, query).toBe('没有找到符合条件的图书。')
    }
    const lone = [...book.title][0]!
    const standalone = records.filter((record) => pieces(record.title).includes(lone))
    expect((await search(lone)).ids.length).toBe(Math.min(standalone.length, 10))
  })

  it('shows guidance for an empty query, and browses with a filter alone, counting exactly', async () => {
    const page = await open('/catalog/')
    expect(await page.locator('.catalog-search .status .guidance').textContent()).toContain('zgfzbg')
    await page.getByLabel('中图法大类').selectOption(book.clcClass!)
    await page.locator('.catalog-search .status[data-state="done"]').waitFor()
    const inClass = records.filter((record) => record.clcClass === book.clcClass).length
    expect((await found(page)).count.replace(/\D/g, '')).toBe(String(inClass))
    expect((await found(page)).meta.every((meta) => meta.includes(book.clcClass!))).toBe(true)
    const option = await page.getByLabel('中图法大类').locator(`option[value="${book.clcClass}"]`).textContent()
    expect(option).toContain(`(${inClass})`)
    await page.context().close()
  })

  it('sorts by newest first', async () => {
    const page = await open(`/catalog/?q=${encodeURIComponent('中国')}&sort=newest`)
    const years = (await found(page)).meta.map((meta) => Number(/\b(1[5-9]\d\d|20\d\d)\b/.exec(meta)?.[1] ?? 0))
    expect(years.length).toBeGreaterThan(1)
    expect(years).toEqual([...years].sort((a, b) => b - a))
    await page.context().close()
  })

  it('says the catalog is briefly unavailable when its index cannot be read, and finds again on retry', async () => {
    const { page } = await visitor(browser)
    await page.route('**/catalog/data/index/postings-*', (route) => route.fulfill({ status: 404, body: 'gone' }))
    await page.goto(`${site}/catalog/?q=${encodeURIComponent(book.title)}`)
    await page.locator('.catalog-search .status[data-state="unavailable"]').waitFor()
    expect(await page.locator('.catalog-search .results li').count()).toBe(0)
    await page.unroute('**/catalog/data/index/postings-*')
    await page.getByRole('button', { name: '重试' }).click()
    await page.locator('.catalog-search .status[data-state="done"]').waitFor()
    expect((await found(page)).ids).toContain(book.id)
    await page.context().close()
  })

  it('passes every axe-core rule with results shown, in both languages, as the site search page does', async () => {
    for (const address of [`/catalog/?q=${encodeURIComponent('中国')}`, '/en/catalog/?q=china', '/search/', '/en/search/']) {
      const { page } = await visitor(browser)
      await page.goto(`${site}${address}`)
      await page.waitForLoadState('networkidle')
      const { violations } = await new AxeBuilder({ page }).analyze()
      await page.context().close()
      expect(violations.map((violation) => `${address} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    }
  })
})
