import { createHash, hash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { dataDir } from '../shared/paths'
import { swapSymlink } from '../shared/swapSymlink'
import { timeStamp } from '../shared/timeStamp'
import type { CatalogRecord } from './contract'

/**
 * The catalog on disk: `builds/<stamp>/` holds one complete import (its records, search index
 * and record data), and the `current` symlink names the build the site serves. An import writes
 * a new build and then swaps the link, so a failure half-way leaves the previous catalog as it was.
 */
export const RECORDS_FILE = 'records.ndjson'
/** Held while an import runs: one import at a time. */
export const IMPORT_LOCK = 'import.lock'
const KEPT_BUILDS = 2

/** The build the site serves now, or undefined before the first import. */
export function currentBuild(dir: string): string | undefined {
  const link = path.join(dir, 'current')
  return fs.existsSync(link) ? fs.realpathSync(link) : undefined
}

/** The lines of a records file, one record each, read as they come: the file may be larger than memory allows at once. */
export async function* recordLines(file: string): AsyncGenerator<string> {
  for await (const line of readline.createInterface({ crlfDelay: Infinity, input: fs.createReadStream(file) })) if (line) yield line
}

/** The records file of a build, when it has one. */
export const recordsFileOf = (build: string | undefined) => (build && fs.existsSync(path.join(build, RECORDS_FILE)) ? path.join(build, RECORDS_FILE) : undefined)

/** The records of a build, by id. */
export async function readRecords(build: string | undefined): Promise<Map<string, CatalogRecord>> {
  const records = new Map<string, CatalogRecord>()
  const file = recordsFileOf(build)
  if (!file) return records
  for await (const line of recordLines(file)) {
    const record = JSON.parse(line) as CatalogRecord
    records.set(record.id, record)
  }
  return records
}

/**
 * A record's line in the records file, which its content hash is taken from. Its MARC record,
 * most of its length, comes last: what needs only the catalog record (the search index) takes
 * the line without it (searchedPart), unparsed.
 */
export function lineOf(record: CatalogRecord): string {
  const { marc, ...rest } = record
  return marc ? `${JSON.stringify(rest).slice(0, -1)}${MARC_KEY}${JSON.stringify(marc)}}` : JSON.stringify(rest)
}

const MARC_KEY = ',"marc":'

/** A records line (lineOf) without its MARC record. */
export function searchedPart(line: string): string {
  const at = line.indexOf(MARC_KEY)
  return at === -1 ? line : `${line.slice(0, at)}}`
}
export const contentHash = (line: string) => hash('sha1', line, 'buffer').readUIntLE(0, 6)
const ID = /"id":("(?:[^"\\]|\\.)*")/

/** The id of the record on a line of a records file, without parsing the rest. */
export function recordIdOfLine(line: string): string {
  const id = ID.exec(line)?.[1]
  if (!id) throw new Error(`A line of a catalog records file has no record id: ${line.slice(0, 80)}`)
  return JSON.parse(id) as string
}

/**
 * The content hash of each record of a build, by id, from its records file: what an import
 * compares with, at a fraction of the memory the records themselves take.
 */
export async function readRecordHashes(build: string | undefined): Promise<Map<string, number>> {
  const hashes = new Map<string, number>()
  const file = recordsFileOf(build)
  if (!file) return hashes
  for await (const line of recordLines(file)) hashes.set(recordIdOfLine(line), contentHash(line))
  return hashes
}

// localeCompare's order, without finding the locale's rules again for each comparison.
const byLocale = new Intl.Collator().compare

/** The order of a records file: by id, as the locale sorts them, then by code unit where it sees two as equal. */
export const compareIds = (a: string, b: string): number => byLocale(a, b) || (a < b ? -1 : a > b ? 1 : 0)

/** Writes records, sorted by id, one JSON object a line; rejects when the file cannot be written (a full disk). */
export async function writeRecords(build: string, records: CatalogRecord[]): Promise<void> {
  const sorted = [...records].sort((a, b) => compareIds(a.id, b.id))
  function* lines() {
    for (const record of sorted) yield `${lineOf(record)}\n`
  }
  await pipeline(Readable.from(lines()), fs.createWriteStream(path.join(build, RECORDS_FILE)))
}

/** A new, empty build folder. */
export function newBuild(dir: string): string {
  const build = path.join(dir, 'builds', timeStamp())
  fs.mkdirSync(build, { recursive: true })
  return build
}

/** Makes `build` the current catalog in one atomic step, then removes all but the newest builds. */
export function publishBuild(dir: string, build: string): void {
  swapSymlink(path.join(dir, 'current'), build)
  const builds = fs.readdirSync(path.join(dir, 'builds')).sort()
  for (const old of builds.slice(0, -KEPT_BUILDS)) fs.rmSync(path.join(dir, 'builds', old), { force: true, recursive: true })
}

export type CatalogChanges = { added: number; removed: number; unchanged: number; updated: number }

/**
 * What an import changes: records new, changed, gone and untouched, compared by their content
 * hashes (by id); and the ids of those new, changed or gone.
 */
export function compareCatalogs(previous: Map<string, number>, next: Map<string, number>): CatalogChanges & { changedIds: Set<string> } {
  const changes = { added: 0, changedIds: new Set<string>(), removed: 0, unchanged: 0, updated: 0 }
  for (const [id, hash] of next) {
    const before = previous.get(id)
    if (before === hash) {
      changes.unchanged += 1
      continue
    }
    if (before === undefined) changes.added += 1
    else changes.updated += 1
    changes.changedIds.add(id)
  }
  for (const id of previous.keys()) {
    if (next.has(id)) continue
    changes.removed += 1
    changes.changedIds.add(id)
  }
  return changes
}
