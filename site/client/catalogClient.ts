/**
 * The browser side of the catalog: its index (catalog/search/, docs/catalog-index.md), read with
 * HTTP range requests, searched on the catalog page; and its record data, read by the record page.
 */
import { bucketOf, type CatalogManifest, type CatalogRecord } from '../../catalog/contract'
import { FORMAT_VERSION } from '../../catalog/search/format'
import { CatalogIndexReader, CatalogUnavailable, type SearchRequest, type SearchResponse } from '../../catalog/search/reader'
import { onShelfBits } from './availabilityClient'

export { loadAvailability } from './availabilityClient'

export { CatalogUnavailable }
export type { Facets, Hit as CatalogHit, SearchFilters as CatalogFilters } from '../../catalog/search/reader'

const DATA = '/catalog/data'

let manifest: Promise<CatalogManifest | null> | undefined
let reader: CatalogIndexReader | undefined

/** The current catalog's description, or null before the first import. */
export function loadManifest(): Promise<CatalogManifest | null> {
  manifest ??= fetch(`${DATA}/manifest.json`, { cache: 'no-cache' }).then(
    (response) => {
      if (response.status === 404) return null
      if (!response.ok) throw new CatalogUnavailable(`manifest.json answered ${response.status}`)
      return response.json() as Promise<CatalogManifest>
    },
    (error: unknown) => {
      throw new CatalogUnavailable('manifest.json could not be fetched', { cause: error })
    },
  )
  manifest.catch(() => (manifest = undefined))
  return manifest
}

/**
 * Bytes [start, end) of an index file; a server that ignores ranges sends the whole file, which
 * is cut here. Each range has an address of its own (the query is ignored by the server): a
 * browser sends requests for one address one after the other, waiting on its cache.
 */
async function readRange(file: string, start: number, end: number): Promise<Uint8Array> {
  const response = await fetch(`${DATA}/index/${file}?bytes=${start}-${end - 1}`, { headers: { Range: `bytes=${start}-${end - 1}` } })
  if (!response.ok) throw new CatalogUnavailable(`${file} answered ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return response.status === 206 ? bytes : bytes.subarray(start, end)
}

/** Searches the catalog; null before the first import. Throws CatalogUnavailable when the index cannot be read. */
export async function searchCatalog(request: SearchRequest): Promise<SearchResponse | null> {
  try {
    const current = await loadManifest()
    if (!current) return null
    if (current.index?.version !== FORMAT_VERSION) throw new CatalogUnavailable(`the index is of format ${current.index?.version}, not ${FORMAT_VERSION}`)
    reader ??= new CatalogIndexReader(current.index, readRange, () => onShelfBits(current.index.build))
    return await reader.search(request)
  } catch (error) {
    // A new import may have replaced the files this manifest names: the next try starts afresh.
    manifest = undefined
    reader = undefined
    throw error
  }
}

/** One record, from the record-data file it lives in; null when the catalog no longer has it. */
export async function loadRecord(id: string): Promise<CatalogRecord | null> {
  const current = await loadManifest()
  if (!current) return null
  const response = await fetch(`${DATA}/records/${bucketOf(id, current.buckets)}.json`)
  if (!response.ok) return null
  return ((await response.json()) as CatalogRecord[]).find((record) => record.id === id) ?? null
}
