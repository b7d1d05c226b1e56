import fs from 'node:fs'
import path from 'node:path'

import { bucketOf, type CatalogManifest, RECORDS_PER_BUCKET } from './contract'
import { writeCatalogIndex } from './indexing/writeIndex'
import { RECORDS_FILE, recordIdOfLine, recordLines } from './store'

/**
 * Builds what the site serves of a catalog build from its records file: the search index
 * (`index/`, docs/catalog-index.md), the record-data files the record page reads
 * (`records/<bucket>.json`) and `manifest.json`.
 */
export async function buildCatalogIndex(build: string, progress: (line: string) => void = () => {}): Promise<CatalogManifest> {
  const recordsFile = path.join(build, RECORDS_FILE)
  const { manifest: index, terms } = await writeCatalogIndex(recordsFile, path.join(build, 'index'), progress)
  progress(`  indexed ${index.records.toLocaleString('en-US')} records under ${terms.toLocaleString('en-US')} terms`)

  // Record data, a JSON array a bucket, put together from the records' lines as they are.
  const buckets = Math.max(1, Math.ceil(index.records / RECORDS_PER_BUCKET))
  const byBucket: string[][] = Array.from({ length: buckets }, () => [])
  for await (const line of recordLines(recordsFile)) byBucket[bucketOf(recordIdOfLine(line), buckets)]!.push(line)
  fs.mkdirSync(path.join(build, 'records'), { recursive: true })
  byBucket.forEach((lines, n) => fs.writeFileSync(path.join(build, 'records', `${n}.json`), `[${lines.join(',')}]`))

  const years = index.counts.year.map(([year]) => year)
  const manifest: CatalogManifest = {
    buckets,
    builtAt: new Date().toISOString(),
    index,
    records: index.records,
    years: years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
  }
  fs.writeFileSync(path.join(build, 'manifest.json'), JSON.stringify(manifest))
  return manifest
}
