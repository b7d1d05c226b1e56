import * as OpenCC from 'opencc-js'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { recordSlug } from '../../catalog/display/recordAddress'
import { pinyinForms } from '../../catalog/searchText'
import { launchChromium, visitor } from './browser'
import { siteCatalogRecords } from './catalogRecords'

const site = inject('siteUrl')
const records = siteCatalogRecords()

/** A generated Chinese record with an ISBN, a class and holdings, to look for. */
const book = records.find((record) => record.id.startsWith('LL') && record.isbn[0]?.startsWith('9787') && record.title.length >= 4 && record.clcClass && record.holdings.length > 0)!
const english = records.find((record) => record.language === 'eng' && record.title.split(' ').length > 2)!
/** The Library of Congress record of 次按驟變, catalogued in pinyin with its characters in 880 (traject's test data). */
const pinyinBook = records.find((record) => record.id === '2009373513')!

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Searches the catalog page as a reader would, and returns the titles found and the page. */
async function searchFor(query: string, path = '/catalog/'): Promise<{ page: Page; titles: string[] }> {
  const { page } = await visitor(browser)
  await page.goto(`${site}${path}`)
  await page.locator('#catalog-query').fill(query)
  await page.locator('.catalog-search .status[data-state="done"]').waitFor()
  return { page, titles: await page.locator('.catalog-search .results h2 .title').allTextContents() }
}

describe('the catalog search', () => {
  it('finds a book by a word of its title', async () => {
    const { page, titles } = await searchFor(book.title)
    expect(titles).toContain(book.title)
    await page.context().close()
  })

  it('finds it in traditional characters', async () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(book.title)
    const { page, titles } = await searchFor(traditional)
    expect(titles).toContain(book.title)
    await page.context().close()
  })

  it('finds it by pinyin, joined and spaced', async () => {
    const forms = pinyinForms(book.title)
    for (const query of [forms.at(-2)!, forms.at(-1)!]) {
      const { page, titles } = await searchFor(query)
      expect(titles, query).toContain(book.title)
      await page.context().close()
    }
  })

  it('finds it by ISBN-13 with hyphens and by its ISBN-10', async () => {
    const isbn = book.isbn[0]!
    const hyphenated = `${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${isbn.slice(8, 12)}-${isbn.slice(12)}`
    const core = isbn.slice(3, 12)
    const check = (11 - ([...core].reduce((sum, digit, i) => sum + Number(digit) * (10 - i), 0) % 11)) % 11
    for (const query of [hyphenated, `${core}${check === 10 ? 'X' : check}`]) {
      const { page, titles } = await searchFor(query)
      expect(titles, query).toEqual([book.title])
      await page.context().close()
    }
  })

  it('finds English records from the English catalog page', async () => {
    const { page, titles } = await searchFor(english.title.split(' ').slice(0, 3).join(' '), '/en/catalog/')
    expect(titles).toContain(english.title)
    await page.context().close()
  })

  it('narrows the results with a filter', async () => {
    const { page, titles } = await searchFor('中国')
    expect(titles.length).toBeGreaterThan(0)
    const classes = () => page.locator('.catalog-search .results .meta').allTextContents()
    expect((await classes()).some((meta) => !new RegExp(` ${book.clcClass}\\d`).test(meta))).toBe(true)
    await page.getByLabel('中图法大类').selectOption(book.clcClass!)
    await expect.poll(() => page.url()).toContain(`class=${book.clcClass}`)
    await expect.poll(async () => (await classes()).every((meta) => new RegExp(` ${book.clcClass}\\d`).test(meta))).toBe(true)
    expect((await classes()).length).toBeGreaterThan(0)
    await page.context().close()
  })

  it('opens a record page whose address can be shared, a whole page without JavaScript', async () => {
    const { page } = await searchFor(book.title)
    await page.locator('.catalog-search .results a', { hasText: book.title }).first().click()
    await expect.poll(() => page.url()).toBe(`${site}/catalog/record/${book.id}/`)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const shared = await context.newPage()
    await shared.goto(page.url())
    expect(await shared.locator('.catalog-record h1').textContent()).toBe(book.title)
    expect(await shared.title()).toContain(book.title)
    expect(await shared.locator('meta[property="og:title"]').getAttribute('content')).toBe(book.title)
    expect(await shared.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/catalog/record/${book.id}/$`))
    // The ISBN as the ISBN agency hyphenates it: 978-7-…
    expect(await shared.locator('.record-fields').textContent()).toMatch(/978-7-\d+-\d+-\d/)
    // A place a service point, a row a copy.
    expect(await shared.locator('.catalog-record .holdings .place').count()).toBe(book.holdings.length)
    expect(await shared.locator('.catalog-record .holdings tbody tr').count()).toBe(book.items?.length)
    const jsonLd = JSON.parse((await shared.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>
    expect(jsonLd).toMatchObject({ '@type': 'Book', isbn: book.isbn[0], name: book.title })
    await page.context().close()
    await context.close()
  })

  it("shows the characters of a book catalogued in pinyin beside its pinyin title, and finds it by them", async () => {
    expect(pinyinBook.vernacular?.title).toBe('次按驟變')
    for (const query of ['次按驟變', '次按骤变']) {
      const { page } = await searchFor(query)
      const result = page.locator('.catalog-search .results li', { hasText: '次按驟變' })
      await expect.poll(() => result.locator('h2 .vernacular').textContent(), { message: query }).toBe('次按驟變')
      expect(await result.locator('h2 a').textContent()).toBe('Ci an zhou bian次按驟變')
      expect(await result.locator('h2 .vernacular').getAttribute('lang')).toBe('zh-CN')
      await page.context().close()
    }
    const { page } = await visitor(browser)
    // The old address of the record page leads to its own.
    await page.goto(`${site}/en/catalog/record/?id=${pinyinBook.id}`)
    await expect.poll(() => page.url()).toBe(`${site}/en/catalog/record/${pinyinBook.id}/`)
    expect(await page.locator('.catalog-record h1 .vernacular').textContent()).toBe('次按驟變')
    expect(await page.locator('.catalog-record h1').textContent()).toBe('Ci an zhou bian次按驟變')
    expect(await page.locator('.record-fields').textContent()).toContain('林行止著')
    await page.context().close()
  })

  it('keeps the records an export gives without 001, and shows their other titles', async () => {
    const { page, titles } = await searchFor('中国改革跟踪报告')
    expect(titles).toContain("'08 Zhongguo gai ge gen zong bao gao")
    await page.locator('.catalog-search .results a', { hasText: '中国改革跟踪报告' }).first().click()
    await expect.poll(() => page.url()).toBe(`${site}/catalog/record/${recordSlug('(aleph)000632811BNU03')}/`)
    const otherTitles = page.locator('.record-fields dt', { hasText: '其他题名' }).locator('xpath=following-sibling::dd[1]')
    expect(await otherTitles.locator('li').allTextContents()).toEqual(['Zhongguo gai ge gen zong bao gao', '中国改革跟踪报告'])
    await page.context().close()
    const { page: hashed, titles: found } = await searchFor('2005中国小说排行榜')
    expect(found).toContain('2005 Zhongguo xiao shuo pai hang bang')
    await hashed.context().close()
  })

  it('names the languages of the language filter in the reader\'s language, and offers no junk location as a branch', async () => {
    for (const [path, names] of [
      ['/catalog/', { chi: '中文', jpn: '日文', rus: '俄文', geo: '格鲁吉亚语' }],
      ['/en/catalog/', { chi: 'Chinese', jpn: 'Japanese', rus: 'Russian', geo: 'Georgian' }],
    ] as const) {
      const { page } = await visitor(browser)
      await page.goto(`${site}${path}`)
      const language = page.locator('.catalog-search .filters select').nth(2)
      await expect.poll(() => language.locator('option').count()).toBeGreaterThan(5)
      // Each with the number of records in that language.
      for (const [code, name] of Object.entries(names)) {
        const count = records.filter((record) => record.language === code).length
        expect(await language.locator(`option[value="${code}"]`).textContent(), code).toBe(`${name} (${count.toLocaleString(path === '/catalog/' ? 'zh-CN' : 'en')})`)
      }
      const values = (select: Locator) => select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
      expect((await values(language)).filter((code) => code !== '' && !/^[a-z]{3}$/.test(code))).toEqual([])
      const branches = await values(page.locator('.catalog-search .filters select').first())
      expect(branches).toContain('BNU')
      expect(branches.filter((branch) => /\d{5}|,/.test(branch))).toEqual([])
      await page.context().close()
    }
  })
})
