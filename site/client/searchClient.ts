/**
 * The browser side of site search, on Pagefind's JS API: loads the index of the page's language
 * on first use and turns Pagefind's results into what the search box and page show.
 */

import { loadPagefind } from './pagefind'
import { fillTemplate as fill } from './template'

export type SearchHit = { date?: string; excerpt: string; title: string; type?: string; url: string }

export type SearchOutcome = { hits: SearchHit[]; total: number }

/** The site's own index, built after every site build. */
const SITE_INDEX = '/pagefind/'

/**
 * Searches the site; `null` when a newer search replaced this one before it finished (Pagefind's
 * debounced search), so that a slow answer never overwrites a newer one.
 */
export async function searchSite(
  query: string,
  { filters = {}, limit = 10 }: { filters?: Record<string, string[]>; limit?: number } = {},
): Promise<SearchOutcome | null> {
  const pagefind = await loadPagefind(SITE_INDEX)
  const found = await pagefind.debouncedSearch(query, { filters }, 200)
  if (!found) return null
  const hits = await Promise.all(
    found.results.slice(0, limit).map(async (result) => {
      const data = await result.data()
      return { date: data.meta.date, excerpt: data.excerpt, title: data.meta.title ?? data.url, type: data.meta.type, url: data.url }
    }),
  )
  return { hits, total: found.results.length }
}

/** The values of each filter (type, year) and how many pages have each. */
export async function searchFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind(SITE_INDEX)).filters()
}

/** What the status line says after a site search: that nothing matched `query`, or how many pages did. */
export function outcomeText(messages: Record<'noResults' | 'results' | 'resultsOne', string>, query: string, total: number): string {
  return total === 0 ? fill(messages.noResults, { query }) : fill(total === 1 ? messages.resultsOne : messages.results, { count: total })
}
