import path from 'node:path'

import { checkPagefind, withPagefindIndex } from '../../shared/pagefindIndex'
import type { CatalogRecord } from '../../catalog/contract'
import { groupIntoPages, searchPageHtml } from './pagefindCatalogPages'

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
 * The catalog's search index of the design before docs/catalog-index.md, kept to measure the two
 * side by side (`npm run bench:catalog`): the records in search pages of ten (pagefindCatalogPages.ts),
 * indexed by Pagefind in shards of SHARD_RECORDS into `<dir>/<shard>/`. Returns the shards.
 */
export async function buildPagefindCatalog(records: CatalogRecord[], dir: string, progress: (line: string) => void = () => {}): Promise<string[]> {
  const shards = records.length > 0 ? intoShards(groupIntoPages(records)) : []
  for (const [n, pages] of shards.entries()) {
    progress(`  indexing shard ${n + 1} of ${shards.length} (${pages.reduce((sum, page) => sum + page.length, 0)} records)`)
    await indexShard(pages, path.join(dir, String(n)), n)
  }
  return shards.map((_, n) => String(n))
}
