/**
 * The browser side of the catalog: its own Pagefind index (built by the import, in shards
 * merged here), searched on the catalog page; and its record data, read by the record page.
 */
import { bucketOf, type CatalogManifest, type CatalogRecord, type RecordSummary } from '../../catalog/contract'
import { loadPagefind, type Pagefind, type PagefindFilters } from './pagefind'

const DATA = '/catalog/data'

export type CatalogFilters = { branch?: string; class?: string; language?: string; yearFrom?: number; yearTo?: number }

/** A record found: its summary, with its language (ISO 639-2, the filter value of its search page) when it has one. */
export type CatalogHit = RecordSummary & { excerpt: string; id: string; language?: string; title: string }

let manifest: Promise<CatalogManifest | null> | undefined
let engine: Promise<Pagefind> | undefined

/** The current catalog's description, or null before the first import. */
export function loadManifest(): Promise<CatalogManifest | null> {
  manifest ??= fetch(`${DATA}/manifest.json`).then((response) => (response.ok ? (response.json() as Promise<CatalogManifest>) : null))
  return manifest
}

/** The catalog's index: its first shard, with the others merged into it. */
function loadEngine(shards: string[]): Promise<Pagefind> {
  engine ??= (async () => {
    const [first, ...others] = shards
    const pagefind = await loadPagefind(`${DATA}/pagefind/${first}/`)
    for (const shard of others) await pagefind.mergeIndex(`${DATA}/pagefind/${shard}/`)
    return pagefind
  })()
  return engine
}

/** ISBNs are typed with hyphens and spaces; the index holds them as bare digits. */
export function normalizeQuery(query: string): string {
  const compact = query.replace(/[\s-]/g, '')
  return /^(\d{9}[\dXx]|\d{13})$/.test(compact) ? compact.toUpperCase() : query.trim()
}

function pagefindFilters(filters: CatalogFilters): PagefindFilters {
  const chosen: PagefindFilters = {}
  if (filters.branch) chosen.branch = filters.branch
  if (filters.class) chosen.class = filters.class
  if (filters.language) chosen.language = filters.language
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined) {
    const from = filters.yearFrom ?? 0
    const to = filters.yearTo ?? 9999
    const years: string[] = []
    for (let year = Math.max(from, 1000); year <= Math.min(to, 2999); year += 1) years.push(String(year))
    chosen.year = { any: years }
  }
  return chosen
}

/** Starts fetching the index chunks of a query while the reader is still typing. */
export async function preloadCatalog(query: string): Promise<void> {
  const current = await loadManifest()
  const text = normalizeQuery(query)
  if (!current || current.shards.length === 0 || !text) return
  await (await loadEngine(current.shards)).preload(text)
}

/**
 * Searches the catalog. Each search page of the index holds up to ten records, one per
 * sub-result: the hits are those sub-results, in the order Pagefind ranks their pages.
 */
export async function searchCatalog(
  query: string,
  filters: CatalogFilters,
  limit: number,
): Promise<{ hits: CatalogHit[]; more: boolean } | null> {
  const current = await loadManifest()
  if (!current || current.shards.length === 0) return null
  const pagefind = await loadEngine(current.shards)
  const text = normalizeQuery(query)
  const found = await pagefind.search(text || null, { filters: pagefindFilters(filters) })
  if (!found) return null
  const hits: CatalogHit[] = []
  for (const result of found.results) {
    if (hits.length >= limit) return { hits, more: true }
    const page = await result.data()
    const summaries = JSON.parse(page.meta.records ?? '{}') as Record<string, RecordSummary>
    // The records of a search page share its language (catalog/searchPages.ts).
    const language = page.filters?.language?.[0]
    for (const sub of page.sub_results) {
      const id = sub.anchor?.id?.replace(/^r-/, '')
      if (!id || !summaries[id] || hits.length >= limit) continue
      hits.push({ ...summaries[id]!, excerpt: sub.excerpt, id, language, title: sub.title })
    }
  }
  return { hits, more: false }
}

/** One record, from the record-data file it lives in; null when the catalog no longer has it. */
export async function loadRecord(id: string): Promise<CatalogRecord | null> {
  const current = await loadManifest()
  if (!current) return null
  const response = await fetch(`${DATA}/records/${bucketOf(id, current.buckets)}.json`)
  if (!response.ok) return null
  return ((await response.json()) as CatalogRecord[]).find((record) => record.id === id) ?? null
}
