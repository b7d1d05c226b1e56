import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, visitor } from './browser'
import { CLOSURE } from './fixtures'
import { TEMPLATES } from './templates'

const site = inject('siteUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('navigating the site', () => {
  it('a visitor reaches the events calendar from the home page and the skip link jumps to the content', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/`)
    await page.keyboard.press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('跳到主要内容')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '活动日历' }).click()
    await expect.poll(() => page.url()).toBe(`${site}/events/`)
    expect(await page.locator('h1').textContent()).toContain('活动日历')
    await context.close()
  })

  it('switching language keeps the visitor on the same page', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/book-van/`)
    await page.getByRole('link', { name: 'English' }).click()
    await expect.poll(() => page.url()).toBe(`${site}/en/book-van/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('link', { name: '中文' }).click()
    await expect.poll(() => page.url()).toBe(`${site}/book-van/`)
    await context.close()
  })
})

describe('the events calendar filters', () => {
  for (const javaScript of [false, true]) {
    it(`narrow to one kind and one month ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
      const { context, page } = await visitor(browser, { javaScript })
      await page.goto(`${site}/events/`)
      const filters = page.locator('nav.filters')
      await filters.getByRole('link', { name: '讲座培训' }).first().click()
      await expect.poll(() => page.url()).toBe(`${site}/events/lectures/`)
      const kinds = await page.locator('main article[data-kind]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-kind')))
      expect(kinds.length).toBeGreaterThan(10)
      expect(new Set(kinds)).toEqual(new Set(['lecture']))

      await page.locator('nav.filters').getByRole('link', { name: /2014年12月|12月/ }).first().click()
      await expect.poll(() => page.url()).toBe(`${site}/events/lectures/month/2014-12/`)
      const titles = await page.locator('main article[data-kind] :is(h2, h3, h4)').allTextContents()
      expect(titles.join(' ')).toContain('农民工培训')
      expect(titles.join(' ')).not.toContain('儿童预防接种')
      await context.close()
    })
  }
})

describe('"open now" on a page built days earlier', () => {
  const statusAt = async (instant: string) => {
    const { context, page } = await visitor(browser, { now: new Date(instant) })
    await page.goto(`${site}/`)
    const status = page.locator('open-status')
    await expect.poll(() => status.locator('.state').getAttribute('data-state')).not.toBe('unknown')
    const text = (await status.textContent())!.replace(/\s+/g, ' ')
    await context.close()
    return text
  }

  it('says open, and until when, on an ordinary day', async () => {
    const text = await statusAt('2026-11-25T02:30:00Z')
    expect(text).toContain('正在开放')
    expect(text).toContain('开放至 17:00')
  })

  it('says open as usual on a public holiday', async () => {
    const text = await statusAt('2026-10-01T04:00:00Z')
    expect(text).toContain('正在开放')
    expect(text).toContain('国庆节')
  })

  it('says closed during a dated closure, why, and when it opens again', async () => {
    const text = await statusAt(`${CLOSURE.start}T04:00:00Z`)
    expect(text).toContain('现已闭馆')
    expect(text).toContain(CLOSURE.reason)
    expect(text).toMatch(/12月9日.*09:00/)
  })
})

describe('site search', () => {
  const search = async (path: string, query: string) => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}${path}?q=${encodeURIComponent(query)}`)
    await expect.poll(() => page.locator('.site-search .results li').count()).toBeGreaterThan(0)
    return { context, page }
  }

  it('finds the underglaze five-colour exhibition for 釉下五彩', async () => {
    const { context, page } = await search('/search/', '釉下五彩')
    const first = page.locator('.site-search .results li').first()
    expect(await first.locator('h2').textContent()).toContain('釉下五彩')
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/events\/exhibitions\//)
    expect(await first.locator('mark').first().textContent()).toBeTruthy()
    await context.close()
  })

  it('finds the health lectures for 健康讲座, and the type filter narrows them to lectures', async () => {
    const { context, page } = await search('/search/', '健康讲座')
    const typesShown = async () => (await page.locator('.site-search .results .meta').allTextContents()).map((meta) => meta.split(' · ')[0])
    expect(new Set(await typesShown()).size).toBeGreaterThan(1)
    await page.getByLabel('类型').selectOption('讲座培训')
    await expect.poll(async () => [...new Set(await typesShown())]).toEqual(['讲座培训'])
    expect(page.url()).toContain('type=')
    expect((await page.locator('.site-search .results h2').allTextContents()).join(' ')).toContain('健康知识讲座')
    await context.close()
  })

  it('finds English pages for an English visitor typing "exhibition"', async () => {
    const { context, page } = await search('/en/search/', 'exhibition')
    const links = await page.locator('.site-search .results a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(links.every((link) => link?.startsWith('/en/'))).toBe(true)
    expect((await page.locator('.site-search .results h2').allTextContents()).join(' ')).toContain('Exhibition')
    await context.close()
  })

  it('shows results under the header box as the visitor types, reachable with the arrow keys', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/`)
    await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('流动图书车')
    const hits = page.locator('header-search .hits a')
    await expect.poll(() => hits.count()).toBeGreaterThan(0)
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.closest('header-search') !== null && document.activeElement?.tagName)).toBe('A')
    await context.close()
  })

  it('without JavaScript, the header box still leads to the search page with a way to browse', async () => {
    const { context, page } = await visitor(browser, { javaScript: false })
    await page.goto(`${site}/en/`)
    await page.getByRole('searchbox', { name: 'Search this site' }).first().fill('book van')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toBe(`${site}/en/search/?q=book+van`)
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript')
    await context.close()
  })
})

describe('elder-friendly mode', () => {
  it('is switched on in the header and remembered on the next page', async () => {
    const { context, page } = await visitor(browser, { phone: true })
    await page.goto(`${site}/`)
    const toggle = page.getByRole('button', { name: '长辈模式' })
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await page.goto(`${site}/visit/`)
    expect(await page.locator('html').getAttribute('data-elder')).toBe('on')
    const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(parseFloat(size)).toBeGreaterThanOrEqual(20)
    await context.close()
  })
})

describe('accessibility', () => {
  for (const path of TEMPLATES) {
    for (const prefix of ['', '/en']) {
      it(`${prefix}${path} has no axe-core violations`, async () => {
        const { context, page } = await visitor(browser)
        await page.goto(`${site}${prefix}${path}`)
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        await context.close()
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      })
    }
  }
})
