import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { RECORDS_PER_PAGE } from './pagefindCatalogPages'

/**
 * The search of the Pagefind design as the catalog page did it before docs/catalog-index.md
 * (`git show 0215bc9:site/client/catalogClient.ts`): Pagefind loaded from the first shard on
 * the first search, the other shards merged into it one after the other, then the results'
 * data loaded until ten records are found. `window.benchSearch(query)` resolves to the time
 * it took and the records found.
 */
const harnessScript = (shards: string[]) => `const shards = ${JSON.stringify(shards)}
const base = new URL('.', import.meta.url)
let engine
const loadEngine = () =>
  (engine ??= (async () => {
    const pagefind = await import(new URL(shards[0] + '/pagefind.js', base).href)
    await pagefind.init()
    for (const shard of shards.slice(1)) await pagefind.mergeIndex(new URL(shard + '/', base).pathname)
    return pagefind
  })())
// ISBNs are typed with hyphens and spaces; the index holds them as bare digits.
const normalizeQuery = (query) => {
  const compact = query.replace(/[\\s-]/g, '')
  return /^(\\d{9}[\\dXx]|\\d{13})$/.test(compact) ? compact.toUpperCase() : query.trim()
}
window.benchSearch = async (query) => {
  const started = performance.now()
  const pagefind = await loadEngine()
  const found = await pagefind.search(normalizeQuery(query))
  const ids = []
  for (const result of found.results) {
    if (ids.length >= ${RECORDS_PER_PAGE}) break
    const page = await result.data()
    const summaries = JSON.parse(page.meta.records ?? '{}')
    for (const sub of page.sub_results) {
      const id = sub.anchor?.id?.replace(/^r-/, '')
      if (id && summaries[id] && ids.length < ${RECORDS_PER_PAGE}) ids.push(id)
    }
  }
  return { ms: performance.now() - started, pages: found.results.length, shown: ids.length }
}
window.benchReady = true
`

/** Writes the harness page (`index.html`) and its script into `folder`, beside the shards' folders. */
export function writePagefindHarness(folder: string, shards: string[]): void {
  fs.writeFileSync(
    path.join(folder, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind catalog (benchmark)</title>' +
      '<script type="module" src="harness.js"></script></head><body></body></html>',
  )
  fs.writeFileSync(path.join(folder, 'harness.js'), harnessScript(shards))
}

/** Searches in the harness page; resolves to the time it took in the page, the result pages and the records found. */
export async function pagefindSearch(page: Page, query: string): Promise<{ ms: number; pages: number; shown: number }> {
  return page.evaluate((text) => (window as unknown as { benchSearch: (q: string) => Promise<{ ms: number; pages: number; shown: number }> }).benchSearch(text), query)
}
