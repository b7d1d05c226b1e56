import fs from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { bibtex, citationFacts, gbt7714, ris } from '../../catalog/display/citation'
import { recordSlug } from '../../catalog/display/recordAddress'
import { writeIso2709 } from '../../catalog/marc/iso2709Writer'
import { readMarcXml } from '../../catalog/marc/marcxml'
import { marcRecordOf } from '../../catalog/normalize/marcSource'
import { launchChromium, visitor } from './browser'
import { siteCatalogRecords } from './catalogRecords'

const site = inject('siteUrl')
const records = siteCatalogRecords()
/** The Library of Congress record of 次按驟變 (MARC21, with 880 fields), and a CNMARC record of dp2's. */
const [pinyinBook, chineseBook] = ['2009373513', '990002181050203961'].map((id) => records.find((record) => record.id === id)!) as [
  (typeof records)[number],
  (typeof records)[number],
]
const address = (id: string) => `${site}/catalog/record/${recordSlug(id)}/`

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A download the page offers when `button` is pressed, as its bytes. */
async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.record-tools [data-download="${button}"]`).click()])
  return fs.readFileSync((await download.path())!)
}

describe('cite, export, share', () => {
  it('shows the GB/T 7714 reference, and copies it', async () => {
    const { context, page } = await visitor(browser)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site })
    await page.goto(address(chineseBook.id))
    const expected = gbt7714(citationFacts(chineseBook, address(chineseBook.id)))
    expect(expected).toBe("张塞. '96 中国发展报告: 中国的“八五”[M]. 北京: 中国统计出版社, 1996.")
    expect(await page.locator('.cite .citation').textContent()).toBe(expected)
    await page.getByRole('button', { name: '复制引文' }).click()
    await expect.poll(() => page.locator('.record-tools [role="status"]').textContent()).toBe('已复制到剪贴板')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
    await context.close()
  })

  it('downloads the record as RIS, BibTeX, MARCXML and ISO 2709, each as the record has it', async () => {
    const { context, page } = await visitor(browser)
    await page.goto(address(pinyinBook.id))
    const facts = citationFacts(pinyinBook, address(pinyinBook.id))
    expect((await downloaded(page, 'ris')).toString()).toBe(ris(facts))
    expect((await downloaded(page, 'bibtex')).toString()).toBe(bibtex(facts))
    const marc = marcRecordOf(pinyinBook.marc!)
    const xml = await downloaded(page, 'marcxml')
    const read = []
    for await (const result of readMarcXml('download.xml', {
      chunks: (async function* () {
        yield xml
      })(),
    }))
      read.push(result.ok ? result.record : result.reason)
    expect(read).toEqual([marc])
    expect((await downloaded(page, 'iso2709')).equals(writeIso2709(marc))).toBe(true)
    await context.close()
  })

  it('shows the QR code of the page’s address, which prints, while the buttons do not', async () => {
    const { context, page } = await visitor(browser, { phone: true })
    await page.goto(`${site}/en/catalog/record/${recordSlug(chineseBook.id)}/`)
    // By keyboard, as a reader who does not use a mouse opens it.
    const button = page.getByRole('button', { name: 'QR code' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true')
    const image = page.getByRole('img', { name: "QR code of this page's address" })
    await image.waitFor()
    const expected = await QRCode.toString(`${site}/en/catalog/record/${recordSlug(chineseBook.id)}/`, { errorCorrectionLevel: 'M', margin: 2, type: 'svg' })
    const paths = (svg: string) => [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((match) => match[1])
    expect(paths(await page.locator('.qr').innerHTML())).toEqual(paths(expected))
    expect(await page.getByRole('link', { name: 'Download the QR code (SVG)' }).getAttribute('download')).toBe(`${chineseBook.id}-qr.svg`)

    await page.emulateMedia({ media: 'print' })
    expect(await image.isVisible()).toBe(true)
    expect(await page.locator('.record-tools').isVisible()).toBe(false)
    // Nothing on paper that only works on a screen: the site's search box, the download link.
    expect(await page.locator('header-search').isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: 'Download the QR code (SVG)' }).isVisible()).toBe(false)
    await context.close()
  })
})
