import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeSyntheticCatalog } from '../../catalog/synthetic/writeCatalog'
import { projectRoot } from '../../shared/paths'
import { readXml } from '../../publishing/check/feedFiles'
import { run } from '../../shared/run'
import { launchChromium, visitor } from '../site/browser'
import { signedInAdmin } from './adminBrowser'
import { CmsClient } from './cmsClient'
import { System, waitFor } from './system'

let system: System
let admin: CmsClient
let editor: CmsClient
let browser: Browser

beforeAll(async () => {
  system = await System.start()
  admin = await CmsClient.firstAdmin(system.cmsUrl)
  editor = await admin.newEditor()
  browser = await launchChromium()
  await admin.idle()
})

afterAll(async () => {
  await browser?.close()
  await system?.stop()
})

/** The page at `path` once the public site serves it, or undefined. */
const served = async (path: string) => {
  const response = await fetch(`${system.siteUrl}${path}`)
  return response.ok ? response.text() : undefined
}

async function searchTitles(path: string, query: string): Promise<string[]> {
  const { context, page } = await visitor(browser)
  await page.goto(`${system.siteUrl}${path}?q=${encodeURIComponent(query)}`)
  await expect.poll(() => page.locator('.site-search .results li').count(), { timeout: 15_000 }).toBeGreaterThan(0)
  const titles = await page.locator('.site-search .results h2').allTextContents()
  await context.close()
  return titles
}

describe('the start command', () => {
  it('serves the public site in both languages and the admin', async () => {
    expect(await served('/')).toContain('醴陵市图书馆')
    expect(await served('/en/')).toContain('Liling')
    expect((await fetch(`${system.cmsUrl}/admin/login`)).status).toBe(200)
    expect(system.output.join('\n')).toMatch(/\[4\/4\] Building the public site/)
  })
})

describe('publishing', () => {
  it("puts an editor's announcement on the site in both languages and in search, seconds after it is published", async () => {
    const { doc } = await editor.send<{ doc: { id: number } }>('POST', '/api/news?draft=true', {
      category: 'announcement',
      slug: 'winter-reading-month',
      summary: '十二月每个周末举办亲子共读活动。',
      title: '冬季阅读月开幕',
    })
    await editor.send('PATCH', `/api/news/${doc.id}?draft=true&locale=en`, {
      summary: 'Shared reading for families every weekend in December.',
      title: 'Winter Reading Month opens',
    })
    await editor.send('PATCH', `/api/news/${doc.id}`, { _status: 'published' })

    expect(await waitFor('the Chinese page', () => served('/news/winter-reading-month/'))).toContain('冬季阅读月开幕')
    expect(await served('/en/news/winter-reading-month/')).toContain('Winter Reading Month opens')
    expect(await searchTitles('/search/', '冬季阅读月')).toContain('冬季阅读月开幕')
    expect(await searchTitles('/en/search/', 'Winter Reading Month')).toContain('Winter Reading Month opens')

    const build = await admin.idle()
    expect(build).toMatchObject({ status: 'succeeded', trigger: 'content' })
    expect(build.changes).toEqual([expect.objectContaining({ action: 'published', source: 'news', title: '冬季阅读月开幕', user: 'editor@example.org' })])
  })

  it('serves ten quick publishes with at most two builds, never two at once', async () => {
    const before = new Set((await admin.builds()).map((b) => b.id))
    const slugs = Array.from({ length: 10 }, (_, i) => `branch-notice-${i + 1}`)
    for (const [i, slug] of slugs.entries()) await editor.publishNews({ slug, title: `分馆通知第${i + 1}号` })

    await admin.idle()
    for (const slug of slugs) expect(await served(`/news/${slug}/`)).toContain('分馆通知')
    const builds = (await admin.builds()).filter((b) => !before.has(b.id)).reverse()
    expect(builds.length).toBeGreaterThanOrEqual(1)
    expect(builds.length).toBeLessThanOrEqual(2)
    for (const [earlier, later] of builds.slice(0, -1).map((b, i) => [b, builds[i + 1]!] as const)) {
      expect(Date.parse(later.startedAt)).toBeGreaterThanOrEqual(Date.parse(earlier.finishedAt!))
    }
  })

  it('includes a publish that arrives during a build in the next build', async () => {
    await editor.publishNews({ slug: 'during-build-first', title: '构建前发布的通知' })
    await waitFor('a build to start', async () => ((await admin.status()).building ? true : undefined))
    await editor.publishNews({ slug: 'during-build-second', title: '构建中发布的通知' })
    await admin.idle()
    expect(await served('/news/during-build-first/')).toContain('构建前发布的通知')
    expect(await served('/news/during-build-second/')).toContain('构建中发布的通知')
  })
})

describe('what editors type', () => {
  it('does not stop publishing when drafts are titled like words the site shows anyway: a weekday, schema.org, the interface', async () => {
    // The last shares a word with every English page: those pages are parsed for it, and pass.
    const titles = ['Sunday', '星期日', 'https://schema.org', 'Event', '活动日历', 'Events calendar (iCal)', 'Events calendar for the summer']
    for (const [index, title] of titles.entries()) {
      await editor.send('POST', '/api/news?draft=true', { category: 'news', slug: `word-draft-${index}`, title })
    }
    await editor.publishNews({ slug: 'sunday-family-reading', title: '周日亲子阅读会' })
    expect(await admin.idle()).toMatchObject({ status: 'succeeded' })
    expect(await served('/news/sunday-family-reading/')).toContain('周日亲子阅读会')
  })

  it('keeps the news feed readable when a title is pasted with control characters', async () => {
    await editor.publishNews({ slug: 'pasted-closure-notice', title: '临时\u0001闭馆\u0008通知\u000b（周一）' })
    expect(await admin.idle()).toMatchObject({ status: 'succeeded' })
    const feed = readXml((await served('/rss.xml'))!)
    expect(feed.problem).toBeUndefined()
    expect(feed.titles).toContain('临时闭馆通知 （周一）')
  })
})

describe('the catalog', () => {
  const manifest = async () => (await (await fetch(`${system.siteUrl}/catalog/data/manifest.json`)).json()) as { records: number; sample?: boolean }

  it('starts as a sample catalog that searches at once and says it is sample data', async () => {
    await expect.poll(async () => (await fetch(`${system.siteUrl}/catalog/data/manifest.json`)).status, { timeout: 60_000 }).toBe(200)
    expect(await manifest()).toMatchObject({ records: 125, sample: true })
    const { context, page } = await visitor(browser)
    await page.goto(`${system.siteUrl}/catalog/?q=${encodeURIComponent('中国')}`)
    await expect.poll(() => page.locator('.catalog-search .results li').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('.catalog-sample').textContent()).toContain('这是示例目录')
    await context.close()
  })

  it('imports the exports a cataloguer uploads in the admin, with progress and report, and asks an admin before a full import empties the catalog; no site build', async () => {
    const before = (await admin.builds()).length
    await admin.newStaff('cataloguer', 'cataloguer@example.org')
    const large = path.join(system.dir, 'nightly-export.iso')
    await writeSyntheticCatalog({ count: 40_000, out: large, seed: 'upload' })

    const page = await signedInAdmin(browser, system.cmsUrl, 'cataloguer@example.org')
    const panel = page.locator('.catalog-status')
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain('这是示例数据')
    // A cataloguer sees the catalog, not the site's content.
    expect(await page.locator('a[href="/admin/collections/catalog-imports"]').count()).toBeGreaterThan(0)
    expect(await page.locator('a[href="/admin/collections/news"]').count()).toBe(0)
    await panel.locator('input[type="file"]').setInputFiles(large)
    await panel.getByRole('button', { name: '上传并导入' }).click()
    // Followed while it runs: its stage and the records read so far.
    await expect
      .poll(() => panel.locator('.catalog-status__import').textContent(), { timeout: 60_000 })
      .toMatch(/nightly-export\.iso · 导入中 · 读取记录 · 已读取 [1-9][\d,]* 条/)
    await expect.poll(() => panel.locator('.catalog-status__last').textContent(), { timeout: 120_000 }).toContain('导入 40,000 条')
    expect(await manifest()).toEqual(expect.objectContaining({ records: 40_000 }))
    expect((await manifest()).sample).toBeUndefined()
    expect(await panel.textContent()).not.toContain('这是示例数据')

    // Sent again and cancelled while it reads: the catalog stays as it was.
    await panel.locator('input[type="file"]').setInputFiles(large)
    await panel.getByRole('button', { name: '上传并导入' }).click()
    await expect.poll(() => panel.locator('.catalog-status__import').textContent(), { timeout: 60_000 }).toMatch(/已读取 [1-9]/)
    await panel.getByRole('button', { name: '取消导入' }).click()
    await expect.poll(() => panel.locator('.catalog-status__last').textContent(), { timeout: 60_000 }).toContain('已取消')
    const cancelled = (await panel.locator('.catalog-status__last').textContent()) ?? ''
    expect(cancelled, cancelled).toContain('导入已取消，目录保持不变。')
    expect((await manifest()).records).toBe(40_000)

    // The library's real export next: a full import of 10 records would remove 40,000.
    await panel.locator('input[type="file"]').setInputFiles(path.join(projectRoot, 'tests', 'fixtures', 'marc', 'cnmarc-dp2.utf8.mrc'))
    await panel.getByRole('button', { name: '上传并导入' }).click()
    await expect.poll(() => panel.locator('.catalog-status__import').textContent(), { timeout: 60_000 }).toContain('将删除目录 40,000 条书目中的 40,000 条')
    expect(await panel.getByRole('button', { name: /确认删除/ }).count()).toBe(0)
    expect((await manifest()).records).toBe(40_000)
    await page.context().close()

    const adminPage = await signedInAdmin(browser, system.cmsUrl, 'librarian@example.org')
    const adminPanel = adminPage.locator('.catalog-status')
    await adminPanel.getByRole('button', { name: '确认删除 40,000 条并导入' }).click()
    await expect
      .poll(() => adminPanel.locator('.catalog-status__last').textContent(), { timeout: 60_000 })
      .toContain('导入 10 条（新增 10，更新 0，删除 40,000），跳过 0 条')
    await adminPage.context().close()
    expect((await manifest()).records).toBe(10)

    const { docs } = await admin.send<{ docs: { id: number; startedBy: { email: string } }[] }>('GET', '/api/catalog-imports?sort=-requestedAt&limit=1&depth=1')
    expect(docs[0]?.startedBy.email).toBe('cataloguer@example.org')
    const report = await admin.raw('GET', `/api/catalog-imports/${docs[0]!.id}/report`)
    expect(await report.text()).toContain('No record was skipped.')
    expect((await admin.builds()).length).toBe(before)
  })

  it("names the copies by the service point staff give the export's location code; until then the code is shown, and listed on the dashboard", async () => {
    const recordPage = '/catalog/record/990002181050203961/'
    expect(await served(recordPage)).toContain('<code>BNU</code>')
    const page = await signedInAdmin(browser, system.cmsUrl, 'librarian@example.org')
    const panel = page.locator('.unmapped-location-codes')
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain('BNU (9 条书目)')

    const { docs } = await admin.send<{ docs: { id: number }[] }>('GET', '/api/service-points?where[slug][equals]=central-library&depth=0')
    expect((await admin.raw('PATCH', `/api/service-points/${docs[0]!.id}`, { _status: 'published', locationCodes: ['BNU'] })).status).toBe(200)
    expect(await admin.idle()).toMatchObject({ status: 'succeeded' })
    // The site's new build changed the service points the record pages name: npm start writes them again by itself.
    await expect.poll(() => served(recordPage), { timeout: 60_000 }).toContain('<a href="/branches/#point-central-library">醴陵市图书馆总馆</a>')
    expect(await served(recordPage)).toContain('醴陵市状元洲文化公园')
    expect(await served(`/en${recordPage}`)).toContain('Liling City Library, Central Library')

    await page.reload()
    await page.locator('.site-status').waitFor()
    expect(await panel.count()).toBe(0)
    await page.context().close()
  })

  it("shows the copies' status from the item-status export on the record page at once, with no build", async () => {
    const before = (await admin.builds()).length
    const statusFile = path.join(system.dir, 'item-status.csv')
    fs.writeFileSync(statusFile, 'barcode,record,status\nB1,990002181050203961,在架\nB2,990002181050203961,借出\n')
    await run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'availability.ts'), statusFile], {
      env: system.env,
    })
    const { page } = await visitor(browser)
    await page.goto(`${system.siteUrl}/catalog/record/990002181050203961/`)
    await page.locator('.holdings .availability').waitFor()
    expect(await page.locator('.holdings .availability strong').textContent()).toBe('在架 1 / 借出 1')
    expect((await admin.builds()).length).toBe(before)
    await page.context().close()
  })
})

describe('scheduled catalog updates', () => {
  it('imports the export the library system leaves in a folder, by the jobs runner of npm start, into the same history', async () => {
    const folder = path.join(system.dir, 'nightly-exports')
    fs.mkdirSync(folder)
    const written = new Date(Date.now() - 5 * 60_000)
    fs.copyFileSync(path.join(projectRoot, 'tests', 'fixtures', 'marc', 'editions.csv'), path.join(folder, 'editions.csv'))
    fs.utimesSync(path.join(folder, 'editions.csv'), written, written)
    expect(
      (await editor.raw('POST', '/api/globals/catalog-sources', { export: { everyMinutes: 1, folder, kind: 'folder', mode: 'incremental' } })).status,
    ).toBe(403)
    await admin.send('POST', '/api/globals/catalog-sources', { export: { everyMinutes: 1, folder, kind: 'folder', mode: 'incremental' } })

    const imported = await waitFor(
      'the scheduled import',
      async () => {
        const { docs } = await admin.send<{ docs: { fileName: string; imported?: number; status: string }[] }>(
          'GET',
          '/api/catalog-imports?where[source][equals]=folder&depth=0',
        )
        return docs.find((doc) => doc.status === 'succeeded')
      },
      150_000,
    )
    expect(imported).toMatchObject({ fileName: 'editions.csv', imported: 3 })
    const manifest = (await (await fetch(`${system.siteUrl}/catalog/data/manifest.json`)).json()) as { records: number }
    expect(manifest.records).toBe(13)
  })
})

describe('the site status in the admin', () => {
  it('shows staff the live build and what it changed; admins can rebuild now, editors cannot', async () => {
    const status = await admin.status()
    expect(status.live?.release).toBe(status.lastSuccess?.release)

    expect((await editor.raw('POST', '/api/site-builds/rebuild')).status).toBe(403)
    const before = (await admin.builds()).length
    expect((await admin.raw('POST', '/api/site-builds/rebuild')).status).toBe(202)
    const build = await admin.idle()
    expect((await admin.builds()).length).toBe(before + 1)
    expect(build).toMatchObject({ status: 'succeeded', trigger: 'rebuild' })

    const page = await signedInAdmin(browser, system.cmsUrl, 'librarian@example.org')
    const panel = page.locator('.site-status')
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain('正在上线的版本')
    expect(await panel.textContent()).toContain(`共 ${build.pages} 个页面`)
    await expect.poll(() => panel.getByRole('button', { name: '立即重建网站' }).isVisible()).toBe(true)
    await page.context().close()
  })
})

/** `date` as the admin's date picker takes it, in Beijing time: 2026-12-07 08:00. */
const pickerTime = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', { day: '2-digit', hour: '2-digit', minute: '2-digit', month: '2-digit', timeZone: 'Asia/Shanghai', year: 'numeric' }).format(
    date,
  )

describe('scheduled publishing', () => {
  it('puts an announcement an editor schedules in the admin on the site at its time, not before', async () => {
    const page = await signedInAdmin(browser, system.cmsUrl, 'editor@example.org')
    await page.goto(`${system.cmsUrl}/admin/collections/news/create`)
    await page.fill('#field-title', '周一上午闭馆通知')
    await page.fill('#field-slug', 'monday-morning-closure')
    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/news\/\d+/)

    // The picker takes minutes: the next whole minute at least 40 s away.
    const publishAt = new Date(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000)
    await page.click('#action-save-popup .popup-button')
    await page.click('#schedule-publish')
    await page.click('label[for$="-type-publish"]')
    const time = page.locator('.schedule-publish__scheduler .react-datepicker__input-container input')
    await time.fill(pickerTime(publishAt))
    await time.press('Enter')
    await page.locator('.schedule-publish__scheduler').getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.locator('.schedule-publish').textContent()).toContain(pickerTime(publishAt))
    await page.context().close()

    expect(await served('/news/monday-morning-closure/')).toBeUndefined()
    const announcement = await waitFor('the scheduled announcement', () => served('/news/monday-morning-closure/'), 150_000)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    expect(announcement).toContain('周一上午闭馆通知')
  })

  it('shows a closure published days ahead in "open now" on its day, from the page built today', async () => {
    const day = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    const hours = await admin.send<{ exceptions?: unknown[] }>('GET', '/api/globals/opening-hours?depth=0')
    await admin.send('POST', '/api/globals/opening-hours', {
      _status: 'published',
      exceptions: [...(hours.exceptions ?? []), { closed: true, endDate: day, reason: '供电线路检修', startDate: day }],
    })
    await admin.idle()

    const { context, page } = await visitor(browser, { now: new Date(`${day}T02:00:00Z`) })
    await page.goto(`${system.siteUrl}/`)
    const status = page.locator('open-status')
    await expect.poll(() => status.locator('.state').getAttribute('data-state')).toBe('closed')
    expect(await status.textContent()).toContain('供电线路检修')
    await context.close()
  })
})
