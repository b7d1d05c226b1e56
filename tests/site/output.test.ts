import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import ICAL from 'ical.js'
import { describe, expect, inject, it } from 'vitest'

import { distFiles, fileFor, htmlPages, page, textOf, urlOf } from './dist'
import { checkRelease } from '../../publishing/check/checkRelease'
import { readXml } from '../../publishing/check/feedFiles'
import { datedSlug } from '../../cms/fields/slugify'
import { CHINESE_ONLY_LECTURE, CLOSURE, CONTROL_CHARACTER_NEWS, DRAFT_MARKER, ILLUSTRATED_NEWS } from './fixtures'

const dist = inject('distDir')
const site = new URL(inject('siteUrl'))

describe('the built site', () => {
  it('is plain static files: every page exists in Chinese and in English', () => {
    const pages = htmlPages(dist).map(urlOf)
    const chinese = pages.filter((url) => !url.startsWith('/en/'))
    const english = new Set(pages.filter((url) => url.startsWith('/en/')))
    expect(chinese.length).toBeGreaterThan(100)
    const missing = chinese.filter((url) => !english.has(url === '/404.html' ? '/en/404.html' : `/en${url}`))
    expect(missing).toEqual([])
    expect(english.size).toBe(chinese.length)
  })

  it('contains no draft text anywhere, search index included', () => {
    // Pagefind's index files are gzipped: read them unpacked.
    const contents = (file: string) => {
      const bytes = fs.readFileSync(path.join(dist, file))
      return /\.pf_(fragment|index|meta|filter)$/.test(file) ? gunzipSync(bytes) : bytes
    }
    const files = distFiles(dist)
    expect(files.some((file) => file.endsWith('.pf_fragment'))).toBe(true)
    expect(files.filter((file) => contents(file).includes(DRAFT_MARKER))).toEqual([])
  })

  it('has no broken internal link and no missing alternate', () => {
    const broken: string[] = []
    for (const file of htmlPages(dist)) {
      const root = page(dist, urlOf(file))
      const targets = [
        ...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
        ...root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => link.getAttribute('href')!),
        ...root.querySelectorAll('img[src], source[srcset]').flatMap((img) => (img.getAttribute('src') ?? img.getAttribute('srcset')!).split(',').map((s) => s.trim().split(' ')[0]!)),
      ]
      for (const target of targets) {
        const url = new URL(target, new URL(urlOf(file), site))
        if (url.origin !== site.origin || url.pathname.startsWith('/sitemap')) continue
        if (!fileFor(dist, url.pathname)) broken.push(`${urlOf(file)} → ${url.pathname}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('marks each page with its language and its alternates', () => {
    const chinese = page(dist, '/')
    const english = page(dist, '/en/')
    expect(chinese.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')
    expect(english.querySelector('html')?.getAttribute('lang')).toBe('en')
    const alternates = Object.fromEntries(chinese.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]))
    expect(alternates).toMatchObject({ en: `${site.origin}/en/`, 'zh-CN': `${site.origin}/` })
  })

  it('shows a Chinese-only item on the English site in Chinese, marked as such, with a notice', () => {
    const english = page(dist, `/en/events/lectures/${datedSlug(CHINESE_ONLY_LECTURE.topic, CHINESE_ONLY_LECTURE.startDate)}/`)
    expect(english.querySelector('h1 [lang="zh-CN"]')?.textContent).toBe(CHINESE_ONLY_LECTURE.topic)
    expect(textOf(english)).toContain('no English version yet')
    const chinese = page(dist, `/events/lectures/${datedSlug(CHINESE_ONLY_LECTURE.topic, CHINESE_ONLY_LECTURE.startDate)}/`)
    expect(chinese.querySelector('h1 [lang]')).toBeNull()
  })
})

describe('the yearly report', () => {
  it('adds up 2014 from the content: 2,610 attendances, 44 van visits with 7,110 books and 10,550 readers, 5,300 participants', () => {
    for (const url of ['/report/2014/', '/en/report/2014/']) {
      const text = textOf(page(dist, url))
      for (const figure of ['2,610', '7,110', '10,550', '5,300']) expect(text, `${url} shows ${figure}`).toContain(figure)
    }
  })

  it('draws its charts as accessible SVG with the data in a table beside them', () => {
    const root = page(dist, '/report/2014/')
    const charts = root.querySelectorAll('figure svg[role="img"]')
    expect(charts.length).toBeGreaterThanOrEqual(2)
    for (const svg of charts) expect(svg.getAttribute('aria-labelledby') ?? svg.getAttribute('aria-label')).toBeTruthy()
    expect(root.querySelectorAll('table caption').length).toBeGreaterThanOrEqual(2)
  })
})

describe('feeds and machine-readable data', () => {
  it('offers an RSS feed per language', () => {
    for (const [url, lang] of [['/rss.xml', 'zh-cn'], ['/en/rss.xml', 'en']] as const) {
      const xml = fs.readFileSync(fileFor(dist, url)!, 'utf8')
      expect(xml).toContain('<rss')
      expect(xml).toContain(`<language>${lang}</language>`)
      expect(xml).toContain(ILLUSTRATED_NEWS.title)
      expect(xml).not.toContain(DRAFT_MARKER)
    }
  })

  it('keeps both RSS feeds well-formed when a stored news title carries control characters, and passes the release check', () => {
    for (const [url, title] of [['/rss.xml', '临时闭馆通知'], ['/en/rss.xml', 'Temporary closure']] as const) {
      const feed = readXml(fs.readFileSync(fileFor(dist, url)!, 'utf8'))
      expect(feed.problem, url).toBeUndefined()
      expect(feed.titles, url).toContain(title)
    }
    expect(CONTROL_CHARACTER_NEWS.zh).not.toBe('临时闭馆通知')
    expect(checkRelease(dist)).toEqual([])
  })

  it('offers iCalendar files that parse, with all-day ranges that end the day after', () => {
    const all = ICAL.Component.fromString(fs.readFileSync(fileFor(dist, '/events.ics')!, 'utf8'))
    const events = all.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events.length).toBeGreaterThan(80)
    const migrantWorkers = events.find((event) => event.startDate.toString() === '2014-12-01')!
    expect(migrantWorkers.startDate.isDate).toBe(true)
    expect(migrantWorkers.endDate.toString()).toBe('2014-12-21')
    expect(all.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai')
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length)

    const icsFiles = distFiles(dist).filter((file) => file.endsWith('.ics'))
    expect(icsFiles.length).toBeGreaterThan(160)
    for (const file of icsFiles) {
      const calendar = ICAL.Component.fromString(fs.readFileSync(path.join(dist, file), 'utf8'))
      expect(calendar.getAllSubcomponents('vevent').length, file).toBeGreaterThan(0)
    }
  })

  it('publishes a sitemap with the alternate language of every page', () => {
    const sitemap = distFiles(dist).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => fs.readFileSync(path.join(dist, file), 'utf8')).join('')
    expect(sitemap).toContain(`<loc>${site.origin}/en/events/</loc>`)
    expect(sitemap).toContain(`hreflang="zh-CN" href="${site.origin}/events/"`)
  })

  it("names the site's sitemap and the record pages' in robots.txt, and lists every record page in both languages", () => {
    const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: ${site.origin}/sitemap-index.xml`)
    expect(robots).toContain(`Sitemap: ${site.origin}/catalog/data/pages/sitemap.xml`)
    const index = fs.readFileSync(path.join(dist, 'catalog/data/pages/sitemap.xml'), 'utf8')
    const parts = [...index.matchAll(/<loc>[^<]*\/(records-\d+\.xml)<\/loc>/g)].map((match) => match[1]!)
    const listed = parts.flatMap((part) => [...fs.readFileSync(path.join(dist, 'catalog/data/pages', part), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname))
    const written = distFiles(dist).filter((file) => /^(en\/)?catalog\/record\/[^/]+\/index\.html$/.test(file)).map((file) => `/${file.replace(/index\.html$/, '')}`)
    expect(written.length).toBeGreaterThan(100)
    expect(new Set(listed)).toEqual(new Set(written))
  })

  it('describes the library, its hours and its dated closure in schema.org JSON-LD', () => {
    const script = page(dist, '/').querySelector('script[type="application/ld+json"]')
    const library = JSON.parse(script!.textContent)
    expect(library['@type']).toBe('Library')
    expect(library.openingHoursSpecification[0].dayOfWeek).toHaveLength(7)
    expect(library.specialOpeningHoursSpecification).toContainEqual(
      expect.objectContaining({ description: CLOSURE.reason, validFrom: CLOSURE.start, validThrough: CLOSURE.end }),
    )
  })
})

describe('images from the CMS', () => {
  it('come through the image pipeline: modern formats, several widths, width and height set, lazy', () => {
    const root = page(dist, `/news/${ILLUSTRATED_NEWS.slug}/`)
    const picture = root.querySelector('picture')!
    expect(picture.querySelector('source[type="image/avif"]')?.getAttribute('srcset')).toMatch(/400w.*800w/)
    expect(picture.querySelector('source[type="image/webp"]')).not.toBeNull()
    const img = picture.querySelector('img')!
    expect(img.getAttribute('alt')).toBe(ILLUSTRATED_NEWS.alt)
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0)
  })
})
