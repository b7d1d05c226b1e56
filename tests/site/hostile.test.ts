import fs from 'node:fs'
import path from 'node:path'

import ICAL from 'ical.js'
import { type HTMLElement, parse } from 'node-html-parser'
import type { Browser } from 'playwright-core'
import sax from 'sax'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, visitor } from './browser'
import { fileFor, htmlPages } from './dist'
import { HOSTILE_CALL, HOSTILE_URLS, hostileMarker, hostileSlug, hostileText, NOT_RENDERED, SAFE_LINK } from './hostile'
import { policyViolations, watchPolicyViolations } from './policyViolations'

const dist = inject('distDir')
const site = inject('siteUrl')
/** Every text field of the public collections and globals, from the Payload config (`hostileFields.ts`). */
const HOSTILE_FIELDS = inject('hostileFields')
/** A field that got hostile text, by key. */
const field = (key: string) => {
  const found = HOSTILE_FIELDS.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`${key} got no hostile text`)
  return found
}

const pages = htmlPages(dist).map((file) => ({ file, root: parse(fs.readFileSync(path.join(dist, file), 'utf8')) }))
const elements = (root: HTMLElement) => root.querySelectorAll('*')
/** A built page, parsed. */
const page = (url: string) => pages.find(({ file }) => path.join(dist, file) === fileFor(dist, url))!.root
/** A page's text as a reader sees it: telephone numbers are written with non-breaking spaces and hyphens. */
const visibleText = (root: HTMLElement) => root.textContent.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ')

/** Attributes that browsers follow or load as a URL. */
const URL_ATTRIBUTES = ['action', 'background', 'cite', 'data', 'formaction', 'href', 'poster', 'src', 'srcset', 'xlink:href']
/** A URL that runs script or opens a document of its own, as a browser reads it (controls and spaces dropped). */
const isHostileUrl = (value: string) => /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))
const isExecutable = (script: HTMLElement) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? '')

/** How hostile text looks once shown as text: its markup visible, intact. */
const shownAsText = (key: string) => `${hostileMarker(key)} <script>${HOSTILE_CALL}</script><img src=x onerror=${HOSTILE_CALL}>`

describe('hostile text published in every text field', () => {
  it('shows on the site as text, in every field the site renders', () => {
    const rendered = HOSTILE_FIELDS.map(({ key }) => key).filter((key) =>
      pages.some(({ root }) => visibleText(root).includes(shownAsText(key)) || elements(root).some((element) => element.getAttribute('alt')?.includes(shownAsText(key)))),
    )
    expect(HOSTILE_FIELDS.map(({ key }) => key).filter((key) => !rendered.includes(key))).toEqual(NOT_RENDERED)
  })

  it('adds no script, no event handler attribute and no javascript: or data: URL to any page', () => {
    const found: string[] = []
    for (const { file, root } of pages) {
      for (const element of elements(root)) {
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on/i.test(name)) found.push(`${file}: <${element.rawTagName} ${name}>`)
          if (URL_ATTRIBUTES.includes(name.toLowerCase()) && value.split(',').some((part) => isHostileUrl(part.trim()))) found.push(`${file}: ${name}="${value}"`)
        }
      }
      for (const script of root.querySelectorAll('script').filter(isExecutable)) {
        if (script.innerHTML.includes(HOSTILE_CALL) || script.innerHTML.includes('XSS[')) found.push(`${file}: script ${script.innerHTML.slice(0, 80)}`)
      }
      for (const tag of ['base', 'embed', 'iframe', 'object']) if (root.querySelector(tag)) found.push(`${file}: <${tag}>`)
    }
    expect(found.slice(0, 20)).toEqual([])
  })

  it('keeps rich-text links to web addresses and shows links to hostile URLs as plain text', () => {
    const body = page(`/news/${hostileSlug('news')}/`).querySelector('.prose')!
    expect(body.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([SAFE_LINK])
    for (const url of HOSTILE_URLS) expect(body.textContent).toContain(`link to ${url}`)
  })

  it('stays inside the JSON of the JSON-LD blocks, escaped', () => {
    const blocks = pages.flatMap(({ file, root }) => root.querySelectorAll('script[type="application/ld+json"]').map((script) => ({ file, json: script.innerHTML })))
    expect(blocks.filter(({ json }) => json.includes('<')).map(({ file }) => file)).toEqual([])
    const news = JSON.parse(page(`/news/${hostileSlug('news')}/`).querySelector('script[type="application/ld+json"]')!.innerHTML)
    expect(news.headline).toBe(hostileText(field('news.title')))
    const library = JSON.parse(page('/').querySelector('script[type="application/ld+json"]')!.innerHTML)
    expect(library.specialOpeningHoursSpecification.map((spec: { description: string }) => spec.description)).toContain(hostileText(field('opening-hours.exceptions.reason')))
  })

  it('is text in the RSS feed, never markup', () => {
    const parser = sax.parser(true)
    const names = new Set<string>()
    const texts = new Map<string, string[]>()
    let current = ''
    parser.onopentag = (tag) => {
      names.add(tag.name)
      current = tag.name
    }
    parser.ontext = parser.oncdata = (text) => texts.set(current, [...(texts.get(current) ?? []), text])
    parser.write(fs.readFileSync(fileFor(dist, '/rss.xml')!, 'utf8')).close()
    expect([...names].filter((name) => ['b', 'img', 'script', 'svg'].includes(name.toLowerCase()))).toEqual([])
    expect(texts.get('title')).toContain(hostileText(field('news.title')))
    // XML parsers read a line break as \n, sax keeps it as written.
    expect(texts.get('description')?.map((text) => text.replace(/\r\n/g, '\n'))).toContain(hostileText(field('news.summary')).replace(/\r\n/g, '\n'))
  })

  it('cannot add lines to the iCalendar files: no injected event, the text kept whole', () => {
    const calendar = ICAL.Component.fromString(fs.readFileSync(fileFor(dist, '/events.ics')!, 'utf8'))
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events.filter((event) => event.summary === 'injected')).toEqual([])
    const activity = events.find((event) => event.uid === `reading-activity-${hostileSlug('reading-activities')}@liling-library`)!
    expect(activity.summary).toBe(hostileText(field('reading-activities.activity')))
    expect(activity.description).toContain(hostileText(field('reading-activities.description')).replace(/\r\n/g, '\n'))
  })
})

describe('pages with hostile text in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const hostilePages = [
    `/news/${hostileSlug('news')}/`,
    `/events/lectures/${hostileSlug('lectures')}/`,
    `/events/exhibitions/${hostileSlug('exhibitions')}/`,
    `/events/reading-activities/${hostileSlug('reading-activities')}/`,
    `/events/van-visits/${hostileSlug('van-visits')}/`,
    '/chronicle/',
    '/branches/',
    '/services/',
    '/about/',
    '/visit/',
    '/report/2014/',
  ]
  for (const url of [...hostilePages, ...hostilePages.map((url) => `/en${url}`)]) {
    it(`${url} runs none of it and shows it as text`, async () => {
      const { context, page } = await visitor(browser)
      await watchPolicyViolations(context)
      const ran: string[] = []
      await context.exposeFunction('hostile', () => ran.push(url))
      await page.goto(`${site}${url}`)
      await page.waitForLoadState('networkidle')
      await page.locator('main').hover()
      expect(await page.locator('body').textContent()).toContain(`<script>${HOSTILE_CALL}</script>`)
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))))).toEqual([])
      expect(await policyViolations(page)).toEqual([])
      expect(ran).toEqual([])
      await context.close()
    })
  }

  it('search results show hostile text as text', async () => {
    const { context, page } = await visitor(browser)
    await watchPolicyViolations(context)
    await page.goto(`${site}/search/?q=${encodeURIComponent('hostile')}`)
    const results = page.locator('.site-search .results li')
    await expect.poll(() => results.count()).toBeGreaterThan(0)
    expect(await page.locator('.site-search .results').textContent()).toContain(`<script>${HOSTILE_CALL}</script>`)
    expect(await page.locator('.site-search .results :is(script, img, svg, b)').count()).toBe(0)
    expect(await policyViolations(page)).toEqual([])
    await context.close()
  })
})
