/** Test-only: synthetic catalog records, normalised, and imports of them as an export would bring them. */
import type { CatalogRecord } from '../contract'
import { importCatalog, type ImportOptions, type ImportResult } from '../importCatalog'
import { normalizeRecord } from '../normalize'
import { loadBranches } from '../synthetic/branches'
import { createRecordMaker } from '../synthetic/record'
import { loadWords } from '../synthetic/words'

let sources: { branches: ReturnType<typeof loadBranches>; words: ReturnType<typeof loadWords> } | undefined

/** The first `count` synthetic records of a seed: the same ids (LL…1, LL…2, …) with other content for another seed. */
export function generatedRecords(seed: string, count: number): CatalogRecord[] {
  sources ??= { branches: loadBranches(), words: loadWords() }
  const next = createRecordMaker({ ...sources, seed })
  return Array.from({ length: count }, () => {
    const normalized = normalizeRecord(next())
    if (!normalized.ok) throw new Error(normalized.reason)
    return normalized.record
  })
}

/** Reads `records` as the records of one export file. */
export const asImport = (records: CatalogRecord[]) => (file: string) =>
  (async function* (): AsyncIterable<ImportResult> {
    let recordNumber = 0
    for (const catalogRecord of records) yield { catalogRecord, ok: true, position: { byteOffset: 0, file, recordNumber: ++recordNumber }, warnings: [] }
  })()

/** Imports `records` into the catalog in `dir`, quietly. */
export const importRecords = (dir: string, records: CatalogRecord[], options: Partial<Omit<ImportOptions, 'dir' | 'read'>> = {}) =>
  importCatalog(['export.mrc'], { dir, log: () => {}, read: asImport(records), ...options })
