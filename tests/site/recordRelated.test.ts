import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, visitor } from './browser'

const site = inject('siteUrl')

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('related books on a record page', () => {
  it('lists the other edition of the same work, then the author’s other books, each linked to its page', async () => {
    const { context, page } = await visitor(browser)
    // 路遥's 平凡的世界 (人民文学出版社, 2005): another edition (北京十月文艺出版社, 2012), and his 人生 (tests/fixtures/marc/editions.csv).
    await page.goto(`${site}/catalog/record/ED0001/`)
    const related = page.locator('.catalog-record .related')
    await related.locator('h3').first().waitFor()
    const groups = await related.locator('h3').allTextContents()
    expect(groups).toEqual(['本书的其他版本', '路遥的其他图书'])
    const [editions, others] = [related.locator('div').nth(0), related.locator('div').nth(1)]
    expect(await editions.locator('li').allTextContents()).toEqual(['平凡的世界 北京十月文艺出版社, 2012'])
    expect(await others.locator('li').allTextContents()).toEqual(['人生 北京十月文艺出版社, 2012'])
    await editions.getByRole('link', { name: '平凡的世界' }).click()
    await page.waitForURL(`${site}/catalog/record/ED0002/`)
    await context.close()
  })

  it('lists the other books of its series before the author’s, each book once, on the English page', async () => {
    const { context, page } = await visitor(browser)
    // 人生 is in 路遥全集 with the 2012 edition of 平凡的世界; the 2005 edition is only the author's.
    await page.goto(`${site}/en/catalog/record/ED0003/`)
    const related = page.locator('.catalog-record .related')
    await related.locator('h3').first().waitFor()
    expect(await related.locator('h3').allTextContents()).toEqual(['More in the series 路遥全集', 'More by 路遥'])
    expect(await related.locator('div').nth(0).locator('li').allTextContents()).toEqual(['平凡的世界 北京十月文艺出版社, 2012'])
    expect(await related.locator('div').nth(1).locator('li').allTextContents()).toEqual(['平凡的世界 人民文学出版社, 2005'])
    await context.close()
  })
})
