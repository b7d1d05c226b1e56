import fs from 'node:fs'
import path from 'node:path'

import { linkFile } from '../shared/linkTree'
import { bucketOf, type CatalogManifest, RECORDS_PER_BUCKET } from './contract'
import { keepBase, linkBase, readBase } from './indexing/baseIndex'
import { writeClassCounts } from './indexing/classCounts'
import { writeDeltaIndex } from './indexing/writeDelta'
import { type RecordsRead, writeCatalogIndex } from './indexing/writeIndex'
import { diffRecords } from './recordsDiff'
import type { IndexManifest } from './search/format'
import { RECORDS_FILE, recordIdOfLine, recordLines, searchedPart } from './store'

/** A delta may hold this share of the base's records (added, changed and removed since), at least DELTA_MIN; beyond, a new base is written. */
const DELTA_SHARE = 0.05
const DELTA_MIN = 1000

/** How many records may differ from a base index of `records` for a delta to be written rather than a new base. */
export const deltaLimit = (records: number): number => Math.max(DELTA_MIN, Math.ceil(DELTA_SHARE * records))

export type IndexOptions = {
  /** The build the site serves now: its base index is extended with a delta when the records differ little from the base's. */
  previous?: string
  /** The ids of the records added, changed or removed since `previous`: their record-data files are written, the others linked. */
  changedIds?: Set<string>
  /** The records as the import read them: used when a new base is written (see writeCatalogIndex). */
  recordsRead?: RecordsRead
  /** Marks the catalog as the sample a fresh installation starts with (CatalogManifest.sample). */
  sample?: boolean
}

/**
 * Builds what the site serves of a catalog build from its records file: the search index
 * (`index/`, docs/catalog-index.md), the record-data files the record page reads
 * (`records/<bucket>.json`) and `manifest.json`. When the previous build's base index differs
 * from these records in few records, the index is that base and a delta; otherwise a new base.
 */
export async function buildCatalogIndex(build: string, progress: (line: string) => void = () => {}, options: IndexOptions = {}): Promise<CatalogManifest> {
  const written = (await withDelta(build, progress, options)) ?? (await withNewBase(build, progress, options.recordsRead))
  const { buckets, index } = written

  const years = index.counts.year.map(([year]) => year)
  const manifest: CatalogManifest = {
    buckets,
    builtAt: new Date().toISOString(),
    index,
    records: index.records,
    ...(options.sample ? { sample: true } : {}),
    years: years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
  }
  await writeClassCounts(build)
  fs.writeFileSync(path.join(build, 'manifest.json'), JSON.stringify(manifest))
  return manifest
}

type Written = { buckets: number; index: IndexManifest }

async function withNewBase(build: string, progress: (line: string) => void, recordsRead: RecordsRead | undefined): Promise<Written> {
  const recordsFile = path.join(build, RECORDS_FILE)
  const { manifest: index, ranked, terms } = await writeCatalogIndex(recordsFile, path.join(build, 'index'), progress, recordsRead ? { recordsRead } : {})
  progress(`  indexed ${index.records.toLocaleString('en-US')} records under ${terms.toLocaleString('en-US')} terms (a new base index)`)
  keepBase(build, index, ranked)

  const buckets = Math.max(1, Math.ceil(index.records / RECORDS_PER_BUCKET))
  await writeRecordData(build, recordsFile, buckets)
  return { buckets, index }
}

/**
 * The index as the previous build's base and a delta, or undefined when there is no base to
 * extend or the records differ from it too much. The record-data files keep the previous
 * build's number of buckets: only those holding a record changed since are written again.
 */
async function withDelta(build: string, progress: (line: string) => void, options: IndexOptions): Promise<Written | undefined> {
  const base = readBase(options.previous)
  if (!base || !options.previous) return undefined
  progress(`Comparing the records with those of the base index …`)
  const limit = deltaLimit(base.manifest.records)
  const { buckets } = JSON.parse(fs.readFileSync(path.join(options.previous, 'manifest.json'), 'utf8')) as CatalogManifest
  const touched = options.changedIds && new Set([...options.changedIds].map((id) => bucketOf(id, buckets)))
  const byBucket = new Map<number, string[]>()
  const diff = await diffRecords(base.recordsFile, path.join(build, RECORDS_FILE), limit, (id, line) => {
    const bucket = bucketOf(id, buckets)
    if (touched && !touched.has(bucket)) return
    const lines = byBucket.get(bucket)
    // A string of its own: a part of the line would keep the whole line, its MARC record too, in memory (V8 slices share).
    const part = Buffer.from(searchedPart(line)).toString()
    if (lines) lines.push(part)
    else byBucket.set(bucket, [part])
  })
  if (!diff) {
    progress(`  more than ${limit.toLocaleString('en-US')} records differ from the base index: writing a new base`)
    return undefined
  }
  progress(`  ${diff.records.toLocaleString('en-US')} records differ from the base index (a delta may hold ${limit.toLocaleString('en-US')})`)
  const index = await writeDeltaIndex(build, base, diff, progress)
  linkBase(options.previous, build)
  progress(`  indexed ${index.records.toLocaleString('en-US')} records as the base index and a delta of ${diff.records.toLocaleString('en-US')}`)

  fs.mkdirSync(path.join(build, 'records'), { recursive: true })
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    const lines = byBucket.get(bucket)
    const file = path.join(build, 'records', `${bucket}.json`)
    if (lines) fs.writeFileSync(file, `[${lines.join(',')}]`)
    else if (!touched || touched.has(bucket)) fs.writeFileSync(file, '[]')
    else linkFile(path.join(options.previous, 'records', `${bucket}.json`), file)
  }
  return { buckets, index }
}

/** Characters of record lines held before they are appended to their buckets' files. */
const HELD_CHARS = 16 * 2 ** 20

/**
 * Record data, a JSON array a bucket, put together from the records' lines as they are, without their MARC records. A
 * bucket's records are spread through the records file: they are appended to its file a run at
 * a time, so that memory holds a few megabytes of lines, not the whole catalog's.
 */
async function writeRecordData(build: string, recordsFile: string, buckets: number): Promise<void> {
  const dir = path.join(build, 'records')
  fs.mkdirSync(dir, { recursive: true })
  const held = new Map<number, string[]>()
  const started = new Uint8Array(buckets)
  let heldChars = 0
  const append = () => {
    for (const [bucket, lines] of held) {
      fs.appendFileSync(path.join(dir, `${bucket}.json`), `${started[bucket] ? ',' : '['}${lines.join(',')}`)
      started[bucket] = 1
    }
    held.clear()
    heldChars = 0
  }
  for await (const whole of recordLines(recordsFile)) {
    const line = searchedPart(whole)
    const bucket = bucketOf(recordIdOfLine(line), buckets)
    const lines = held.get(bucket)
    if (lines) lines.push(line)
    else held.set(bucket, [line])
    heldChars += line.length
    if (heldChars >= HELD_CHARS) append()
  }
  append()
  for (let bucket = 0; bucket < buckets; bucket += 1) fs.appendFileSync(path.join(dir, `${bucket}.json`), started[bucket] ? ']' : '[]')
}
