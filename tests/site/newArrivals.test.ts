import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readXml } from '../../publishing/check/feedFiles'
import { launchChromium, visitor } from './browser'

const site = inject('siteUrl')
/** The books of the site tests' last import (tests/fixtures/marc/editions.csv), all of class I. */
const ARRIVED = ['人生', '平凡的世界', '平凡的世界']

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('new arrivals', () => {
  it('lists the books the last imports added, by class, each linked to its page', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/catalog/`)
    await page.getByRole('link', { name: '新书通报' }).click()
    await page.waitForURL(`${site}/catalog/new/`)
    const list = page.locator('.new-arrivals')
    await list.locator('h2').first().waitFor()
    expect(await list.locator('h2').allTextContents()).toEqual(['I 文学'])
    expect((await list.locator('li a').allTextContents()).sort()).toEqual(ARRIVED)
    expect(await list.locator('li', { hasText: '人生' }).locator('.meta').textContent()).toMatch(
      /^路遥 · 北京十月文艺出版社 · 2012 · 入藏于 \d{4}年\d+月\d+日$/,
    )
    await page.getByLabel('中图法大类').selectOption('I')
    expect(page.url()).toBe(`${site}/catalog/new/?class=I`)
    await list.getByRole('link', { name: '人生' }).click()
    await page.waitForURL(`${site}/catalog/record/ED0003/`)
    await context.close()
  })

  it('lets the books go once their eight weeks are over, even before the next import', async () => {
    const { context, page } = await visitor(browser, { now: new Date(Date.now() + 9 * 7 * 86_400_000) })
    await page.goto(`${site}/catalog/new/`)
    await expect.poll(() => page.locator('.new-arrivals').textContent()).toBe('最近没有新入藏的图书。')
    await context.close()
  })

  it('has a feed in each language that a reader subscribes to from the page', async () => {
    for (const [locale, prefix, title] of [
      ['zh', '', '醴陵市图书馆新书通报'],
      ['en', '/en', 'Liling City Library: new arrivals'],
    ] as const) {
      const { context, page } = await visitor(browser)
      await page.goto(`${site}${prefix}/catalog/new/`)
      const feed = await page.locator('link[rel="alternate"][type="application/rss+xml"]').last().getAttribute('href')
      expect(feed).toBe(`/catalog/data/new-arrivals.${locale}.xml`)
      const response = await fetch(`${site}${feed}`)
      const xml = await response.text()
      const read = readXml(xml)
      expect(read.problem).toBeUndefined()
      expect(read.titles.slice(0, 1)).toEqual([title])
      expect([...read.titles.slice(1)].sort()).toEqual(ARRIVED)
      expect(xml).toContain(`<link>${site}${prefix}/catalog/record/ED0003/</link>`)
      await context.close()
    }
  })
})
