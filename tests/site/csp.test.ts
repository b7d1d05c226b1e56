import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'node-html-parser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, visitor } from './browser'
import { htmlPages } from './dist'
import { policyViolations, watchPolicyViolations } from './policyViolations'
import { TEMPLATES } from './templates'

const dist = inject('distDir')
const site = inject('siteUrl')

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const EXECUTABLE = new Set(['', 'module', 'text/javascript'])

/** A policy's directives, each with its sources. */
const directivesOf = (policy: string) =>
  new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!, sources]))

describe('the Content-Security-Policy of every built page', () => {
  it('comes before any script or style, allows no inline script or style but the hashed ones, and no style attributes', () => {
    const problems: string[] = []
    for (const file of htmlPages(dist)) {
      const root = parse(fs.readFileSync(path.join(dist, file), 'utf8'))
      const [first] = root.querySelectorAll('meta[http-equiv], script, style, link[rel="stylesheet"]')
      if (first?.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') {
        problems.push(`${file}: the policy is not the first thing before scripts and styles`)
        continue
      }
      const policy = directivesOf(first.getAttribute('content')!)
      const scripts = policy.get('script-src') ?? []
      const styles = policy.get('style-src') ?? []
      if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") || styles.includes("'unsafe-inline'")) problems.push(`${file}: unsafe-inline or unsafe-eval`)
      if (policy.get('default-src')?.join(' ') !== "'self'" || policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${file}: default-src or object-src`)
      for (const script of root.querySelectorAll('script:not([src])')) {
        if (EXECUTABLE.has(script.getAttribute('type') ?? '') && !scripts.includes(sha256(script.innerHTML))) problems.push(`${file}: unhashed script ${script.innerHTML.slice(0, 60)}`)
      }
      for (const style of root.querySelectorAll('style')) {
        if (!styles.includes(sha256(style.innerHTML))) problems.push(`${file}: unhashed style ${style.innerHTML.slice(0, 60)}`)
      }
      for (const element of root.querySelectorAll('[style]')) problems.push(`${file}: style attribute on <${element.tagName.toLowerCase()}>`)
    }
    expect(problems.slice(0, 20)).toEqual([])
  })
})

describe('pages under their Content-Security-Policy in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** A visitor whose browser records every policy violation. */
  const watchedVisitor = async (options?: Parameters<typeof visitor>[1]) => {
    const visit = await visitor(browser, options)
    await watchPolicyViolations(visit.context)
    return visit
  }

  /** Opens `url` and waits until its scripts have run: custom elements defined, islands hydrated. */
  const open = async (page: Page, url: string) => {
    await page.goto(`${site}${url}`)
    await expect.poll(() => page.evaluate(() => ['header-search', 'elder-mode-toggle'].every((name) => customElements.get(name)))).toBe(true)
    await expect.poll(() => page.locator('astro-island[ssr]').count()).toBe(0)
  }

  for (const path of TEMPLATES) {
    for (const prefix of ['', '/en']) {
      it(`${prefix}${path} runs its scripts with no violation`, async () => {
        const { context, page } = await watchedVisitor()
        await open(page, `${prefix}${path}`)
        await expect.poll(() => page.locator('elder-mode-toggle button').isVisible()).toBe(true)
        expect(await policyViolations(page)).toEqual([])
        await context.close()
      })
    }
  }

  it('the home page tells whether the library is open, and the header search shows results', async () => {
    const { context, page } = await watchedVisitor({ now: new Date('2026-11-25T02:30:00Z') })
    await open(page, '/')
    await expect.poll(() => page.locator('open-status .state').getAttribute('data-state')).toBe('open')
    await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('流动图书车')
    await expect.poll(() => page.locator('header-search .hits a').count()).toBeGreaterThan(0)
    expect(await policyViolations(page)).toEqual([])
    await context.close()
  })

  it('elder mode, switched on, is applied by the inline script on the next page', async () => {
    const { context, page } = await watchedVisitor()
    await open(page, '/')
    await page.getByRole('button', { name: '长辈模式' }).click()
    await open(page, '/visit/')
    expect(await page.locator('html').getAttribute('data-elder')).toBe('on')
    expect(await policyViolations(page)).toEqual([])
    await context.close()
  })

  it('the search page finds pages with Pagefind and filters them', async () => {
    const { context, page } = await watchedVisitor()
    await open(page, '/search/?q=%E8%AE%B2%E5%BA%A7')
    await expect.poll(() => page.locator('.site-search .results li').count()).toBeGreaterThan(0)
    await page.getByLabel('类型').selectOption('讲座培训')
    await expect.poll(async () => new Set((await page.locator('.site-search .results .meta').allTextContents()).map((meta) => meta.split(' · ')[0]))).toEqual(new Set(['讲座培训']))
    expect(await policyViolations(page)).toEqual([])
    await context.close()
  })

  it('the catalog finds books and opens a record page', async () => {
    const { context, page } = await watchedVisitor()
    await open(page, '/en/catalog/')
    await page.locator('#catalog-query').fill('中国')
    const first = page.locator('.catalog-search .results h2 a').first()
    await expect.poll(() => first.count()).toBe(1)
    const title = await first.textContent()
    await first.click()
    await expect.poll(() => page.locator('.catalog-record h1').textContent()).toBe(title)
    expect(await policyViolations(page)).toEqual([])
    await context.close()
  })
})
