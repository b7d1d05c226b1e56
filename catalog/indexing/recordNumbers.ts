/**
 * Each record's number in a build's index (docs/catalog-index.md): the base's records in rank
 * order, then those a delta added. What is not served needs them to speak of records as the
 * browser's index does: the "on shelf now" filter is a bit a record number.
 */
import fs from 'node:fs'
import path from 'node:path'

import { baseRecordIds } from './baseIndex'

/** The records a delta added (numbered after the base's, in this order) and the base's record numbers it removed. */
type DeltaRecords = { added: string[]; removed: number[] }

const DELTA_RECORDS = 'delta-records.json'

/** Keeps, in a build whose index is a base and a delta, which records the delta added and removed. */
export function writeDeltaRecords(build: string, records: DeltaRecords): void {
  fs.writeFileSync(path.join(build, DELTA_RECORDS), JSON.stringify(records))
}

/**
 * The number of each record of a build's index, and how many numbers there are (those of records
 * a delta removed included); undefined for a build without an index.
 */
export function recordNumbers(build: string): { count: number; numbers: Map<string, number> } | undefined {
  const baseIds = baseRecordIds(build)
  if (!baseIds) return undefined
  const numbers = new Map(baseIds.map((id, doc) => [id, doc]))
  const deltaFile = path.join(build, DELTA_RECORDS)
  if (!fs.existsSync(deltaFile)) return { count: baseIds.length, numbers }
  const delta = JSON.parse(fs.readFileSync(deltaFile, 'utf8')) as DeltaRecords
  for (const doc of delta.removed) numbers.delete(baseIds[doc]!)
  delta.added.forEach((id, position) => numbers.set(id, baseIds.length + position))
  return { count: baseIds.length + delta.added.length, numbers }
}
