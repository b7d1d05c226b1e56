import fs from 'node:fs'
import path from 'node:path'

import { checkPagefind, withPagefindIndex } from '../shared/pagefindIndex'
import { bucketOf, type CatalogManifest, type CatalogRecord, RECORDS_PER_BUCKET } from './contract'
import { groupIntoPages, searchPageHtml } from './searchPages'

/**
 * Records per index shard. Pagefind's indexer holds about 30 KB a record in memory, so one
 * index of 300,000 records would need 9 GB; shards are indexed one after the other and
 * merged in the browser (`mergeIndex`).
 */
export const SHARD_RECORDS = 60_000

/** Splits the search pages into shards of about SHARD_RECORDS records. */
function intoShards(pages: CatalogRecord[][]): CatalogRecord[][][] {
  const shards: CatalogRecord[][][] = [[]]
  let inShard = 0
  for (const page of pages) {
    if (inShard + page.length > SHARD_RECORDS && inShard > 0) {
      shards.push([])
      inShard = 0
    }
    shards.at(-1)!.push(page)
    inShard += page.length
  }
  return shards
}

/** Indexes one shard in a Pagefind process of its own, which ends with it, and its memory too. */
async function indexShard(pages: CatalogRecord[][], outputPath: string, shard: number): Promise<void> {
  await withPagefindIndex({ forceLanguage: 'zh-cn' }, async (index) => {
    for (const [n, page] of pages.entries()) {
      const added = await index.addHTMLFile({ content: searchPageHtml(page), url: `/catalog/p/${shard}/${n}/` })
      checkPagefind(`index search page ${n} of shard ${shard}`, added.errors)
    }
    checkPagefind('write the index', (await index.writeFiles({ outputPath })).errors)
  })
}

/**
 * Builds the catalog's search index (`pagefind/<shard>/`), its record-data files
 * (`records/<bucket>.json`) and `manifest.json` into `build`.
 */
export async function buildCatalogIndex(
  records: CatalogRecord[],
  build: string,
  progress: (line: string) => void = () => {},
): Promise<CatalogManifest> {
  const shards = records.length > 0 ? intoShards(groupIntoPages(records)) : []
  for (const [n, pages] of shards.entries()) {
    progress(`  indexing shard ${n + 1} of ${shards.length} (${pages.reduce((sum, page) => sum + page.length, 0)} records)`)
    await indexShard(pages, path.join(build, 'pagefind', String(n)), n)
  }

  const buckets = Math.max(1, Math.ceil(records.length / RECORDS_PER_BUCKET))
  const byBucket: CatalogRecord[][] = Array.from({ length: buckets }, () => [])
  for (const record of records) byBucket[bucketOf(record.id, buckets)]!.push(record)
  fs.mkdirSync(path.join(build, 'records'), { recursive: true })
  byBucket.forEach((bucket, n) => fs.writeFileSync(path.join(build, 'records', `${n}.json`), JSON.stringify(bucket)))

  const values = (pick: (record: CatalogRecord) => (string | undefined)[]) =>
    [...new Set(records.flatMap(pick).filter((value): value is string => Boolean(value)))].sort()
  let years: [number, number] | null = null
  for (const { year } of records) {
    if (year !== undefined) years = years ? [Math.min(years[0], year), Math.max(years[1], year)] : [year, year]
  }
  const manifest: CatalogManifest = {
    buckets,
    builtAt: new Date().toISOString(),
    filters: {
      branch: values((record) => record.holdings.map((holding) => holding.branch)),
      class: values((record) => [record.clcClass]),
      language: values((record) => [record.language]),
      years,
    },
    records: records.length,
    shards: shards.map((_, n) => String(n)),
  }
  fs.writeFileSync(path.join(build, 'manifest.json'), JSON.stringify(manifest, null, 2))
  return manifest
}
