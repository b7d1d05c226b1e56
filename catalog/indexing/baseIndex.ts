/**
 * What each build keeps of the base index its catalog's index is (or extends with a delta), in
 * `base/` (not served): the base's own manifest, the records it indexed as it indexed them, and
 * their rank keys in record-number order. The next incremental import computes its delta from
 * these, however many builds ago the base was written (builds are pruned, so each keeps a copy,
 * hard-linked).
 */
import fs from 'node:fs'
import path from 'node:path'

import { linkFile, linkTree } from '../../shared/linkTree'
import { FORMAT_VERSION, type IndexManifest } from '../search/format'
import { RECORDS_FILE } from '../store'
import type { RankKey } from './staticRank'

const BASE_DIR = 'base'
const MANIFEST = 'index.json'
const RANKED = 'ranked.json'

export type BaseIndex = {
  /** The build whose `index/` holds the base's files. */
  build: string
  manifest: IndexManifest
  ranked: RankKey[]
  recordsFile: string
}

/** Keeps the base a build's index is: its manifest, records and rank keys. */
export function keepBase(build: string, manifest: IndexManifest, ranked: RankKey[]): void {
  const dir = path.join(build, BASE_DIR)
  fs.mkdirSync(dir, { recursive: true })
  linkFile(path.join(build, RECORDS_FILE), path.join(dir, RECORDS_FILE))
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest))
  // By column: a third of the bytes of a list of keys.
  const column = <K extends keyof RankKey>(key: K) => ranked.map((record) => record[key] ?? null)
  fs.writeFileSync(
    path.join(dir, RANKED),
    JSON.stringify({ branches: column('branches'), clcClass: column('clcClass'), copies: column('copies'), id: column('id'), language: column('language'), year: column('year') }),
  )
}

/** Gives `build` the base of `from`, whose index it extends. */
export function linkBase(from: string, build: string): void {
  fs.mkdirSync(path.join(build, BASE_DIR))
  linkTree(path.join(from, BASE_DIR), path.join(build, BASE_DIR))
}

/** The manifest of a build's base, when it has one this version of the index can extend, whole. */
function baseManifest(dir: string): IndexManifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as IndexManifest
    return manifest.version === FORMAT_VERSION && fs.existsSync(path.join(dir, RANKED)) && fs.existsSync(path.join(dir, RECORDS_FILE)) ? manifest : undefined
  } catch {
    return undefined
  }
}

/** How many records the base of a build indexed, or undefined when it has none readBase would give (its keys are not read). */
export function baseRecords(build: string | undefined): number | undefined {
  return build ? baseManifest(path.join(build, BASE_DIR))?.records : undefined
}

/**
 * The base of a build, or undefined when it has none this version of the index can extend, or
 * none that can be read: the import then writes a new base, which is always right.
 */
export function readBase(build: string | undefined): BaseIndex | undefined {
  if (!build) return undefined
  const dir = path.join(build, BASE_DIR)
  const manifest = baseManifest(dir)
  if (!manifest) return undefined
  let columns: { [K in keyof RankKey]-?: (RankKey[K] | null)[] }
  try {
    columns = JSON.parse(fs.readFileSync(path.join(dir, RANKED), 'utf8')) as typeof columns
  } catch {
    return undefined
  }
  const ranked = columns.id.map(
    (id, n): RankKey => ({
      branches: columns.branches[n]!,
      ...(columns.clcClass[n] ? { clcClass: columns.clcClass[n] } : {}),
      copies: columns.copies[n]!,
      id: id!,
      ...(columns.language[n] ? { language: columns.language[n] } : {}),
      year: columns.year[n]!,
    }),
  )
  return { build, manifest, ranked, recordsFile: path.join(dir, RECORDS_FILE) }
}

/** The ids of the records a build's base indexed, by record number; undefined when it has no base. */
export function baseRecordIds(build: string): string[] | undefined {
  const file = path.join(build, BASE_DIR, RANKED)
  if (!fs.existsSync(file)) return undefined
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string[] }).id
}
