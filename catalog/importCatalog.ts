import fs from 'node:fs'
import path from 'node:path'

import { diskProblem } from '../shared/diskProblem'
import { takeLock } from '../shared/processLock'
import { buildCatalogIndex } from './catalogIndex'
import type { MarcEncoding, ReadResult, RecordPosition, RecordWarning } from './marc/types'
import { normalizeRecord } from './normalize'
import type { CatalogRecord } from './contract'
import { compareCatalogs, currentBuild, IMPORT_LOCK, newBuild, publishBuild, readRecords, writeRecords } from './store'

export type ImportOptions = {
  /** Where the catalog lives (see store.ts). */
  dir: string
  encoding?: MarcEncoding
  /** Add and update only: records missing from the files stay. Without it, an import is a full export. */
  incremental?: boolean
  log?: (line: string) => void
  /** Reads one file; the CLI passes the readers of each format. */
  read: (file: string) => AsyncIterable<ImportResult>
}

/** A record of an export, ready to import (MARC records are normalised first), or refused. */
export type ImportResult = ReadResult | { ok: true; position: RecordPosition; catalogRecord: CatalogRecord; warnings: RecordWarning[] }

export type ImportSummary = {
  added: number
  changed: boolean
  imported: number
  read: number
  refusals: string[]
  removed: number
  seconds: number
  skipped: number
  unchanged: number
  updated: number
}

const PROGRESS_EVERY = 10_000
const REFUSALS_SHOWN = 20

const where = ({ byteOffset, file, recordNumber }: RecordPosition) =>
  `${path.basename(file)}, record ${recordNumber} (byte ${byteOffset})`

/**
 * Imports library-system exports into the catalog. Bad records are reported with their place
 * in the file and skipped; every good record is kept. Nothing on disk changes until the new
 * catalog (records, search index, record data) is complete; then it replaces the old one in
 * one step. An export identical to the catalog changes nothing at all. One import runs at a
 * time: another one, in this process or any other, is refused while it runs.
 */
export async function importCatalog(files: string[], options: ImportOptions): Promise<ImportSummary> {
  let lock: ReturnType<typeof takeLock>
  try {
    fs.mkdirSync(options.dir, { recursive: true })
    lock = takeLock(path.join(options.dir, IMPORT_LOCK))
  } catch (error) {
    throw failedWrite(error, undefined)
  }
  if ('heldBy' in lock) {
    const { pid, startedAt } = lock.heldBy
    throw new Error(`Another catalog import is running (process ${pid}, since ${startedAt}): wait until it has finished, then import again. Nothing was changed.`)
  }
  try {
    return await importUnderLock(files, options)
  } finally {
    lock.release()
  }
}

async function importUnderLock(files: string[], options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? console.log
  const started = performance.now()
  const previousBuild = currentBuild(options.dir)
  const previous = await readRecords(previousBuild)
  const next = options.incremental ? new Map(previous) : new Map<string, CatalogRecord>()
  const refusals: string[] = []
  let read = 0
  let imported = 0

  const refuse = (position: RecordPosition, reason: string) => {
    refusals.push(`${where(position)}: ${reason}`)
    if (refusals.length <= REFUSALS_SHOWN) log(`  skipped ${where(position)}: ${reason}`)
  }

  for (const file of files) {
    log(`Reading ${file} …`)
    for await (const result of options.read(file)) {
      read += 1
      if (read % PROGRESS_EVERY === 0) {
        const rate = Math.round(read / ((performance.now() - started) / 1000))
        log(`  ${read.toLocaleString('en-US')} records read (${rate.toLocaleString('en-US')}/s), ${refusals.length} skipped`)
      }
      if (!result.ok) {
        refuse(result.position, result.reason)
        continue
      }
      const normalized = 'catalogRecord' in result ? { ok: true as const, record: result.catalogRecord, warnings: [] } : normalizeRecord(result.record)
      if (!normalized.ok) {
        refuse(result.position, normalized.reason)
        continue
      }
      next.set(normalized.record.id, normalized.record)
      imported += 1
    }
  }
  if (refusals.length > REFUSALS_SHOWN) log(`  … and ${refusals.length - REFUSALS_SHOWN} more skipped records (all listed in import-report.txt)`)
  writeReport(options.dir, refusals, previous.size)

  if (next.size === 0 && previous.size > 0) {
    throw new Error(`The files hold no importable record: the catalog of ${previous.size} records was left as it was.`)
  }
  const changes = compareCatalogs(previous, next)
  const changed = changes.added + changes.updated + changes.removed > 0 || !previousBuild
  if (changed) {
    let build: string | undefined
    try {
      build = newBuild(options.dir)
      const records = [...next.values()]
      await writeRecords(build, records)
      await buildCatalogIndex(records, build, log)
      publishBuild(options.dir, build)
    } catch (error) {
      if (build) fs.rmSync(build, { force: true, recursive: true })
      throw failedWrite(error, previous.size)
    }
  }
  return { ...changes, changed, imported, read, refusals, seconds: (performance.now() - started) / 1000, skipped: refusals.length }
}

/** The skipped records, for the cataloguer; written whole or not at all. */
function writeReport(dir: string, refusals: string[], kept: number): void {
  const report = path.join(dir, 'import-report.txt')
  try {
    fs.writeFileSync(`${report}.partial`, refusals.length ? `${refusals.join('\n')}\n` : 'No record was skipped.\n')
    fs.renameSync(`${report}.partial`, report)
  } catch (error) {
    fs.rmSync(`${report}.partial`, { force: true })
    throw failedWrite(error, kept)
  }
}

/** The error of a failed write, saying that the catalog readers see was left as it was, and why in plain words when the disk is at fault. */
function failedWrite(error: unknown, kept: number | undefined): Error {
  const disk = diskProblem(error)
  const reason = disk ? `${disk} (${(error as Error).message})` : (error as Error).message
  const catalog = kept === undefined ? 'the catalog' : `the catalog of ${kept.toLocaleString('en-US')} records`
  return new Error(`${reason.replace(/\.?$/, '')}. The new catalog was not written and what was half-written is removed: ${catalog} was left as it was.`, { cause: error })
}
