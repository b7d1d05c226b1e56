import type { Browser, Page } from 'playwright-core'

import { describeRequests, type NetworkConditions, summarize, Traffic, type TrafficSummary } from './browserTraffic'
import type { BenchQuery } from './catalogQueries'
import type { ServedResponse } from './countingServer'
import { pagefindSearch } from './pagefindHarness'

/** One search: what it cost on the network and how long until ten results (or all, when fewer). */
export type SearchTiming = TrafficSummary & {
  /** The requests in order, with their times, to read the chain off. */
  chain: string
  /** Records found (the new design), or result pages of up to ten records each (Pagefind: "… pages"). */
  found: string
  /** From the input event, the page's 200 ms typing pause included (the catalog page only). */
  fromInput?: number
  ms: number
  shown: number
}

/**
 * A query in a fresh browser (nothing cached): `before` is what the page loaded for its search
 * before the query (the catalog page: its scripts but React, and the catalog's manifest and
 * groups; the Pagefind harness: nothing, it loads Pagefind on the first search); `cold` the
 * first query, `warm` the same again after the box was cleared, `next` another query of the
 * same kind in the same page.
 */
export type SearchRun = { before: TrafficSummary; cold: SearchTiming; next: SearchTiming; warm: SearchTiming }

const TIMEOUT = 600_000
/** React and React DOM, one file (the `react` group of astro.config.mjs): not the search's code. */
const REACT = /^\/_astro\/react\.[\w-]+\.js$/

/** Whether the catalog page loaded `path` for its search: the catalog's data and its scripts, but React and Astro's React renderer (`renderer`). */
export function isSearchCode(path: string, renderer: string | null): boolean {
  return path.startsWith('/catalog/data/') || (path.endsWith('.js') && path !== renderer && !REACT.test(path))
}
/** Where the Pagefind harness is served (pagefindHarness.ts). */
export const HARNESS = '/bench-pagefind/'
const ICON = /^\/favicon\./

/** Where the pages are and what the server sent. */
export type Site = { served: ServedResponse[]; url: string }

async function inFreshPage<T>(browser: Browser, site: Site, network: NetworkConditions | undefined, work: (page: Page, traffic: Traffic) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ locale: 'zh-CN' })
  context.setDefaultTimeout(TIMEOUT)
  try {
    const page = await context.newPage()
    return await work(page, await Traffic.attach(page, site.served, network))
  } finally {
    await context.close()
  }
}

async function timed(traffic: Traffic, search: () => Promise<Omit<SearchTiming, keyof TrafficSummary | 'chain'>>): Promise<SearchTiming> {
  const mark = traffic.mark()
  const result = await search()
  await traffic.settled()
  // The browser asks for the page's icon when it likes, a query's time or not: it is no part of one.
  const { requests, served } = traffic.since(mark)
  const window = { requests: requests.filter((request) => !ICON.test(new URL(request.url).pathname)), served: served.filter((response) => !ICON.test(response.path)) }
  return { ...result, ...summarize(window), chain: describeRequests(window.requests) }
}

/** Types `text` into the catalog page's box and waits for its results. */
async function catalogSearch(page: Page, text: string) {
  const before = await page.evaluate(() => {
    document.querySelector('#catalog-query')!.addEventListener('input', () => ((window as unknown as { benchTyped: number }).benchTyped = performance.now()), { once: true })
    return performance.getEntriesByName('catalog:results').length
  })
  await page.locator('#catalog-query').fill(text)
  await page.waitForFunction(
    (n) => {
      const state = document.querySelector('.catalog-search .status')?.getAttribute('data-state')
      return state === 'unavailable' || (state === 'done' && performance.getEntriesByName('catalog:results').length > n)
    },
    before,
    { timeout: TIMEOUT },
  )
  return page.evaluate(() => {
    const status = document.querySelector('.catalog-search .status')!
    if (status.getAttribute('data-state') === 'unavailable') throw new Error(`The catalog page says the catalog is unavailable: ${status.textContent}`)
    const measure = performance.getEntriesByName('catalog:results').at(-1)!
    return {
      found: /[\d,]+/.exec(status.textContent ?? '')?.[0] ?? '0',
      fromInput: measure.startTime + measure.duration - (window as unknown as { benchTyped: number }).benchTyped,
      ms: measure.duration,
      shown: document.querySelectorAll('.catalog-search .results li').length,
    }
  })
}

/** The new design, on the catalog page itself (`/catalog/`). */
export function catalogPageRun(browser: Browser, site: Site, query: BenchQuery, network?: NetworkConditions): Promise<SearchRun> {
  return inFreshPage(browser, site, network, async (page, traffic) => {
    await page.goto(`${site.url}/catalog/`)
    await page.locator('.catalog-search .status[data-state="guidance"]').waitFor()
    await traffic.settled()
    const renderer = await page.locator('astro-island').first().getAttribute('renderer-url')
    const forSearch = (address: string) => isSearchCode(new URL(address, site.url).pathname, renderer)
    const loaded = traffic.all()
    const before = summarize({ requests: loaded.requests.filter((request) => forSearch(request.url)), served: loaded.served.filter((response) => forSearch(response.path)) })
    const cold = await timed(traffic, () => catalogSearch(page, query.text))
    await page.locator('#catalog-query').fill('')
    await page.locator('.catalog-search .status[data-state="guidance"]').waitFor()
    const warm = await timed(traffic, () => catalogSearch(page, query.text))
    const next = await timed(traffic, () => catalogSearch(page, query.other))
    return { before, cold, next, warm }
  })
}

/** The Pagefind design, in its harness page (pagefindHarness.ts) at `harness`. */
export function pagefindRun(browser: Browser, site: Site, query: BenchQuery, network?: NetworkConditions): Promise<SearchRun> {
  return inFreshPage(browser, site, network, async (page, traffic) => {
    await page.goto(`${site.url}${HARNESS}`)
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true)
    await traffic.settled()
    const search = (text: string) => async () => {
      const { ms, pages, shown } = await pagefindSearch(page, text)
      return { found: `${pages.toLocaleString('en-US')} pages`, ms, shown }
    }
    const cold = await timed(traffic, search(query.text))
    const warm = await timed(traffic, search(query.text))
    const next = await timed(traffic, search(query.other))
    return { before: summarize({ requests: [], served: [] }), cold, next, warm }
  })
}

/** What a page loads before any query, everything it loads included: bytes as transferred, requests, and its scripts' share. */
export function pageWeight(browser: Browser, site: Site, address: string, ready: (page: Page) => Promise<void>): Promise<TrafficSummary & { scriptBytes: number }> {
  return inFreshPage(browser, site, undefined, async (page, traffic) => {
    await page.goto(`${site.url}${address}`)
    await ready(page)
    await traffic.settled(500)
    const loaded = traffic.all()
    const scripts = loaded.served.filter((response) => /\.(m?js|wasm)$|\.pagefind$/.test(new URL(response.path, site.url).pathname))
    return { ...summarize(loaded), scriptBytes: scripts.reduce((sum, response) => sum + response.bytes, 0) }
  })
}
