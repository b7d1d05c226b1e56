import fs from 'node:fs'
import path from 'node:path'

import { bucketOf, type CatalogManifest, type CatalogRecord, RECORDS_PER_BUCKET } from './contract'
import { writeCatalogIndex } from './indexing/writeIndex'

/**
 * Builds what the site serves of a catalog build into `build`: the search index (`index/`,
 * docs/catalog-index.md), the record-data files the record page reads (`records/<bucket>.json`)
 * and `manifest.json`.
 */
export function buildCatalogIndex(records: CatalogRecord[], build: string, progress: (line: string) => void = () => {}): CatalogManifest {
  const { manifest: index, terms } = writeCatalogIndex(records, path.join(build, 'index'), progress)
  progress(`  indexed ${records.length.toLocaleString('en-US')} records under ${terms.toLocaleString('en-US')} terms`)

  const buckets = Math.max(1, Math.ceil(records.length / RECORDS_PER_BUCKET))
  const byBucket: CatalogRecord[][] = Array.from({ length: buckets }, () => [])
  for (const record of records) byBucket[bucketOf(record.id, buckets)]!.push(record)
  fs.mkdirSync(path.join(build, 'records'), { recursive: true })
  byBucket.forEach((bucket, n) => fs.writeFileSync(path.join(build, 'records', `${n}.json`), JSON.stringify(bucket)))

  let years: [number, number] | null = null
  for (const { year } of records) {
    if (year !== undefined) years = years ? [Math.min(years[0], year), Math.max(years[1], year)] : [year, year]
  }
  const manifest: CatalogManifest = { buckets, builtAt: new Date().toISOString(), index, records: records.length, years }
  fs.writeFileSync(path.join(build, 'manifest.json'), JSON.stringify(manifest))
  return manifest
}
