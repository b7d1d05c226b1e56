import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { recordSlug } from '../../catalog/display/recordAddress'
import { launchChromium, visitor } from './browser'
import { siteCatalogRecords } from './catalogRecords'
import { copyStatuses, ITEM_STATUS_EXPORTED_AT } from './itemStatus'

const site = inject('siteUrl')
const records = siteCatalogRecords()
const statuses = copyStatuses(records)
/** A record whose copies are on the shelf and on loan. */
const book = records.find((record) => {
  const own = (record.items ?? []).map((item) => statuses.get(item.barcode ?? '')?.status)
  return own.includes('on-shelf') && own.includes('on-loan')
})!
const exported = new Date(ITEM_STATUS_EXPORTED_AT)
const hours = (count: number) => new Date(exported.getTime() + count * 3_600_000)

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe("the copies' availability", () => {
  it('shows on the record page how many copies are on the shelf and on loan, each copy with its status, as of the export', async () => {
    const { context, page } = await visitor(browser, { now: hours(2) })
    await page.goto(`${site}/catalog/record/${recordSlug(book.id)}/`)
    const summary = page.locator('.holdings .availability')
    await summary.waitFor()
    const count = (status: string) => book.items!.filter((item) => statuses.get(item.barcode!)?.status === status).length
    expect(await summary.locator('strong').textContent()).toContain(`在架 ${count('on-shelf')} / 借出 ${count('on-loan')}`)
    expect(await summary.textContent()).toContain('状态更新于 2026年12月7日 08:00')
    expect(await summary.getAttribute('class')).not.toContain('stale')
    for (const item of book.items!) {
      const cell = page.locator(`td.copy-status[data-barcode="${item.barcode}"]`)
      const { status } = statuses.get(item.barcode!)!
      expect(await cell.getAttribute('data-status')).toBe(status)
      if (status === 'on-loan') expect(await cell.textContent()).toBe('借出 · 应还日期 2026-12-21')
    }
    await context.close()
  })

  it('says plainly when the export is older than the library allows, in the page’s language', async () => {
    const { context, page } = await visitor(browser, { now: hours(30) })
    await page.goto(`${site}/en/catalog/record/${recordSlug(book.id)}/`)
    const summary = page.locator('.holdings .availability.stale')
    await summary.waitFor()
    expect(await summary.textContent()).toMatch(/On shelf \d+ \/ On loan \d+.*This is the status of December 7, 2026 at 8:00 AM; it may have changed since/)
    await context.close()
  })

  it('lets a reader keep only the books on the shelf now, the filter kept in the address', async () => {
    const onShelf = new Set([...statuses.values()].filter(({ status }) => status === 'on-shelf').map(({ record }) => record))
    const { context, page } = await visitor(browser)
    await page.goto(`${site}/catalog/`)
    await page.getByLabel('只看在架图书').check()
    await page.locator('.catalog-search .status[data-state="done"]').waitFor()
    expect(await page.locator('.catalog-search .status').textContent()).toBe(`找到 ${onShelf.size} 条记录`)
    expect(page.url()).toMatch(/[?&]shelf=1/)
    const titles = await page.locator('.catalog-search .results h2 .title').allTextContents()
    const titleOf = new Map(records.map((record) => [record.title, record.id]))
    for (const title of titles) expect(onShelf.has(titleOf.get(title)!), title).toBe(true)
    await context.close()
  })
})
