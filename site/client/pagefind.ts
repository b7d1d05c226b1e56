/**
 * Pagefind's browser API, typed as far as the site uses it, and the one way the site loads it:
 * the site's own index (`/pagefind/`) and the catalog's shards (`/catalog/data/pagefind/<n>/`)
 * are each a Pagefind bundle with its own `pagefind.js`.
 */

/** Filters by name: one value, all of several, or `{ any: [...] }` for one of several. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>

export type PagefindSearchOptions = { filters?: PagefindFilters }

export type PagefindSubResult = { anchor?: { id?: string }; excerpt: string; title: string; url: string }

/** What Pagefind holds for one page: its excerpt, its filter values, its `data-pagefind-meta` values and its sections. */
export type PagefindPageData = {
  excerpt: string
  filters?: Record<string, string[] | undefined>
  meta: Record<string, string | undefined>
  sub_results: PagefindSubResult[]
  url: string
}

/** The pages found, best first; each page's data is loaded only when asked for. */
export type PagefindResults = { results: { data: () => Promise<PagefindPageData> }[] }

export type Pagefind = {
  /** Resolves to null when a newer search replaced this one before it finished. */
  debouncedSearch: (term: string | null, options?: PagefindSearchOptions, delayMs?: number) => Promise<PagefindResults | null>
  /** The values of each filter and how many pages have each. */
  filters: () => Promise<Record<string, Record<string, number>>>
  init: () => Promise<void>
  /** Adds another bundle's index, searched with this one as one index. */
  mergeIndex: (bundlePath: string, options?: Record<string, unknown>) => Promise<void>
  /** Fetches the index chunks of a term ahead of the search. */
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResults | null>
}

const loaded = new Map<string, Promise<Pagefind>>()

/**
 * Pagefind from the bundle at `bundlePath` (a folder of the site, ending in `/`), loaded and
 * initialised once per page. Pagefind picks the index of the page's `<html lang>`.
 */
export function loadPagefind(bundlePath: string): Promise<Pagefind> {
  let pagefind = loaded.get(bundlePath)
  if (!pagefind) {
    // A variable, not a template: Vite then leaves the import alone instead of wrapping it in its preload helper.
    const address = `${location.origin}${bundlePath}pagefind.js`
    pagefind = import(/* @vite-ignore */ address).then(async (module: Pagefind) => {
      await module.init()
      return module
    })
    loaded.set(bundlePath, pagefind)
  }
  return pagefind
}
