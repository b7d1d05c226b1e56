/**
 * `tsx scripts/bench/pagefindCatalogBuild.ts <records.ndjson> <outDir>`: builds the Pagefind design
 * of the catalog's index (pagefindCatalog.ts) from an import's records, one shard a folder in
 * `outDir`. A process of its own, so that `npm run bench:catalog` measures its time and memory.
 */
import fs from 'node:fs'
import readline from 'node:readline'

import type { CatalogRecord } from '../../catalog/contract'
import { buildPagefindCatalog } from './pagefindCatalog'

const [recordsFile, outDir] = process.argv.slice(2)
if (!recordsFile || !outDir) {
  console.error('usage: tsx scripts/bench/pagefindCatalogBuild.ts <records.ndjson> <outDir>')
  process.exit(2)
}
const records: CatalogRecord[] = []
for await (const line of readline.createInterface({ crlfDelay: Infinity, input: fs.createReadStream(recordsFile) })) {
  if (line) records.push(JSON.parse(line) as CatalogRecord)
}
fs.mkdirSync(outDir, { recursive: true })
const shards = await buildPagefindCatalog(records, outDir, (line) => console.log(line))
console.log(`  Pagefind: ${records.length.toLocaleString('en-US')} records in ${shards.length} shard(s)`)
