import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { ClassCounts } from '../../catalog/contract'
import { launchChromium, visitor } from './browser'

const site = inject('siteUrl')
const counts = JSON.parse(fs.readFileSync(path.join(inject('catalogDir'), 'current', 'classes.json'), 'utf8')) as ClassCounts
/** The main class with most records, and its class below with most. */
const [main] = Object.entries(counts)
  .filter(([code]) => code.length === 1)
  .sort((a, b) => b[1] - a[1])[0]!
const [second, secondCount] = Object.entries(counts)
  .filter(([code]) => code.length === 2 && code.startsWith(main))
  .sort((a, b) => b[1] - a[1])[0]!

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('browsing the catalog by class', () => {
  it('gives each main class its records, and leads through the classes below to their books', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/catalog/`)
    await page.getByRole('link', { name: '按分类浏览馆藏' }).click()
    await page.waitForURL(`${site}/catalog/browse/`)
    const item = page.locator(`#class-${main}`)
    await expect.poll(() => item.locator('summary .count').textContent()).toBe(`(${counts[main]!.toLocaleString('zh-CN')})`)
    // A class no record is in says so, and is not offered as a way in.
    const empty = page.locator('li[data-empty]').first()
    if (await empty.count()) expect(await empty.locator('summary .count').textContent()).toBe('(0)')

    await item.locator('summary').click()
    await item.getByRole('link', { name: `${second} (${secondCount})`, exact: true }).click()
    await page.waitForURL(`${site}/catalog/?class=${second}`)
    await page.locator('.catalog-search .status[data-state="done"]').waitFor()
    expect(await page.locator('.catalog-search .status').textContent()).toBe(secondCount === 1 ? '找到 1 条记录' : `找到 ${secondCount} 条记录`)
    await context.close()
  })

  it('is in English on the English site', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/en/catalog/browse/`)
    expect(await page.locator('h1').textContent()).toBe('Browse by class')
    await expect.poll(() => page.locator(`#class-${main} summary`).textContent()).toContain(`(${counts[main]!.toLocaleString('en')})`)
    await context.close()
  })
})
