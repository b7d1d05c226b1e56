import fs from 'node:fs'
import path from 'node:path'

import { diskProblem } from '../shared/diskProblem'
import { takeLock } from '../shared/processLock'
import { buildCatalogIndex, deltaLimit } from './catalogIndex'
import { baseRecords } from './indexing/baseIndex'
import { TermCollector } from './indexing/collectTerms'
import { RecordSummaries } from './indexing/recordSummaries'
import type { RecordsRead } from './indexing/writeIndex'
import type { MarcEncoding, ReadResult, RecordPosition, RecordWarning } from './marc/types'
import { normalizeRecord } from './normalize'
import { deletedRecordId, readFieldSpec } from './normalize/identifier'
import type { CatalogManifest, CatalogRecord } from './contract'
import type { ImportProgress, ImportStage, ImportSummary } from './importEvents'
import { ImportReport } from './importReport'
import { mergeRecords } from './mergeRecords'
import { writeArrivals } from './arrivals'
import { followCatalogBuild } from './availability/availabilitySets'
import { type PagesWritten, prunePageSets, refreshRecordPages, writeBuildPages } from './pages/recordPages'
import type { RecordShell } from './pages/recordShell'
import { RecordSpool } from './recordSpool'
import { type CatalogChanges, compareCatalogs, currentBuild, IMPORT_LOCK, lineOf, newBuild, publishBuild, readRecordHashes, RECORDS_FILE, recordsFileOf, searchedPart } from './store'

export type ImportOptions = {
  /** Where the catalog lives (see store.ts). */
  dir: string
  encoding?: MarcEncoding
  /** Add and update only: records missing from the files stay. Without it, an import is a full export. */
  incremental?: boolean
  /** A full import may remove this share of the catalog at most (default 0.1) unless `force` says it means it. */
  maxRemovalShare?: number
  /** Goes ahead with a full import that removes more than `maxRemovalShare`. */
  force?: boolean
  /** Where records without a 001 find their identifier (`999$c`); see normalize/identifier.ts. */
  idField?: string
  log?: (line: string) => void
  /** Reads one file; the CLI passes the readers of each format. */
  read: (file: string) => AsyncIterable<ImportResult>
  /** The live site's record page shells (pages/recordShell.ts): with them, the import writes the record pages. */
  shells?: RecordShell[]
  /** The site's address, for the links of the new arrivals' feeds (else the shells', else none). */
  siteUrl?: string
  /** Told where the import stands: at each stage and every few hundred records read. */
  progress?: (progress: ImportProgress) => void
  /** Where the report of skipped records goes (default: `import-report.txt` in `dir`). */
  reportFile?: string
  /** Stops the import, which then leaves the catalog as it was. */
  signal?: AbortSignal
  /** Marks the catalog as sample data (content/catalog-sample/): the next import replaces it whole. */
  sample?: boolean
}

/** A full import refused because it would remove more of the catalog than it may: the counts, for whoever must confirm it. */
export class LargeRemovalError extends Error {
  constructor(
    message: string,
    readonly removed: number,
    readonly before: number,
  ) {
    super(message)
    this.name = 'LargeRemovalError'
  }
}

/** A record of an export, ready to import (MARC records are normalised first), or refused. */
export type ImportResult = ReadResult | { ok: true; position: RecordPosition; catalogRecord: CatalogRecord; warnings: RecordWarning[] }

/** The share of the catalog a full import may remove unless told it means it: more is likely a wrong or truncated file. */
export const MAX_REMOVAL_SHARE = 0.1
/** Where an import keeps the records it has read, in the catalog's folder (see RecordSpool). */
const SPOOL_FILE = 'import-records.ndjson'
const PROGRESS_EVERY = 10_000
/** Records read between two reports to `progress`. */
const PROGRESS_STEP = 500

/**
 * Imports library-system exports into the catalog. A record that cannot be read is reported
 * with its place in the file and skipped; a record with a bad field is kept and the field
 * reported; every good record is kept. Nothing on disk changes until the new catalog (records,
 * search index, record data) is complete; then it replaces the old one in one step. An export
 * identical to the catalog changes nothing at all; a full export that would remove more than a
 * tenth of the catalog (a truncated download, the wrong file) is refused unless forced. One
 * import runs at a time: another one, in this process or any other, is refused while it runs.
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
  const index = new LateIndexInput()
  let next: RecordSpool | undefined
  try {
    try {
      next = new RecordSpool(path.join(options.dir, SPOOL_FILE))
    } catch (error) {
      throw failedWrite(error, undefined)
    }
    return await importUnderLock(files, options, next, index)
  } finally {
    index.close()
    next?.close()
    lock.release()
  }
}

/**
 * What a new base index needs of the records (their terms, and the summaries that order and show
 * them), made while a full import reads them, the terms by the cores the reading leaves idle; but
 * only once the records differ from the catalog's in more than a delta may hold (catalogIndex.ts):
 * an export much like the catalog is indexed as a delta, and this would be done for nothing.
 */
class LateIndexInput {
  terms: TermCollector | undefined
  summaries: RecordSummaries | undefined
  private differing = 0

  /** Adds a record read (and its line), the last `spool` holds; `changed`: whether it differs from the catalog's. Resolves when more may be added. */
  async add(record: CatalogRecord, line: string, changed: boolean, spool: RecordSpool, limit: number): Promise<void> {
    if (this.terms && this.summaries) {
      this.summaries.add(record)
      return this.terms.add(record.id, searchedPart(line))
    }
    if (changed) this.differing += 1
    if (this.differing <= limit) return
    this.terms = new TermCollector()
    this.summaries = new RecordSummaries()
    for (const [earlierId, earlierLine] of spool.added()) {
      this.summaries.add(JSON.parse(searchedPart(earlierLine)) as CatalogRecord)
      await this.terms.add(earlierId, searchedPart(earlierLine))
    }
  }

  /** The records read, as the index takes them, once the spool has written them to a records file of SHA-256 `recordsHash`. */
  recordsRead(spool: RecordSpool, recordsHash: Buffer): RecordsRead | undefined {
    return this.terms && this.summaries && { positions: spool.latestPositions(), recordsHash, summaries: this.summaries, terms: this.terms }
  }

  close(): void {
    this.terms?.close()
  }
}

/** Imports the records of `files`, keeping those read in `next`. */
async function importUnderLock(files: string[], options: ImportOptions, next: RecordSpool, index: LateIndexInput): Promise<ImportSummary> {
  const log = options.log ?? console.log
  if (options.idField !== undefined) readFieldSpec(options.idField)
  const started = performance.now()
  // The sample catalog is not the library's: the library's first import, full or incremental, replaces it as if there were none.
  const previousBuild = withoutSample(currentBuild(options.dir))
  // A full import compares every record with the catalog's; an incremental one only those it holds, as it merges them in.
  const previous = options.incremental ? undefined : await readRecordHashes(previousBuild)
  const previousCount = previous?.size ?? recordCountOf(previousBuild)
  // A catalog without a base index (the first import) always gets a new one.
  const base = baseRecords(previousBuild)
  const collectFrom = base === undefined ? -1 : deltaLimit(base)
  /** Where each record of this import came from, to tell a control number found twice. */
  const seen = new Map<string, RecordPosition>()
  const report = new ImportReport(log)
  /** The records an incremental export marks deleted (leader/05 `d`), unless it brings them again later. */
  const deleted = new Set<string>()
  let read = 0
  const progress = (stage: ImportStage) => {
    options.signal?.throwIfAborted()
    options.progress?.({ read, skipped: report.skipped.length, stage })
  }

  progress('reading')
  for (const { file, records } of await openAll(files, options.read)) {
    log(`Reading ${file} …`)
    for await (const result of records) {
      read += 1
      if (read % PROGRESS_STEP === 0) progress('reading')
      if (read % PROGRESS_EVERY === 0) {
        const rate = Math.round(read / ((performance.now() - started) / 1000))
        log(`  ${read.toLocaleString('en-US')} records read (${rate.toLocaleString('en-US')}/s), ${report.skipped.length} skipped`)
      }
      if (!result.ok) {
        report.skip(result.position, result.reason)
        continue
      }
      // An incremental export says which records were deleted; a full export is the catalog, every record it holds kept.
      if (options.incremental && 'record' in result && result.record.leader[5] === 'd') {
        const id = deletedRecordId(result.record, { idField: options.idField })
        if (id === undefined) report.skip(result.position, 'the record is marked deleted (leader/05 d) but has no identifier (001, 035): which record to delete is unknown')
        else deleted.add(id)
        continue
      }
      const normalized =
        'catalogRecord' in result ? { ok: true as const, record: result.catalogRecord, warnings: [] } : normalizeRecord(result.record, { idField: options.idField })
      if (!normalized.ok) {
        // What the reader had to drop often says why: a title dropped for bytes it could not read.
        const dropped = result.warnings.map((warning) => warning.message).join(' ')
        report.skip(result.position, dropped ? `${normalized.reason} (${dropped})` : normalized.reason)
        continue
      }
      const { record } = normalized
      report.keptWithWarnings(result.position, record, [...result.warnings, ...normalized.warnings])
      const earlier = seen.get(record.id)
      if (earlier) report.duplicate(earlier, result.position, record)
      seen.set(record.id, result.position)
      deleted.delete(record.id)
      const line = lineOf(record)
      let hash: number
      try {
        hash = next.add(record.id, line)
      } catch (error) {
        throw failedWrite(error, previousCount)
      }
      if (previous) await index.add(record, line, previous.get(record.id) !== hash, next, collectFrom)
    }
  }
  progress('reading')
  report.finish()
  writeReport(options.reportFile ?? path.join(options.dir, 'import-report.txt'), report.text(), previousCount)

  if (deleted.size > 0) log(`  ${deleted.size.toLocaleString('en-US')} record${deleted.size === 1 ? '' : 's'} marked deleted by the export: not kept in the catalog`)
  if (seen.size === 0 && !(options.incremental && deleted.size > 0)) {
    throw new Error(
      `The files hold no importable record (${read.toLocaleString('en-US')} read, all skipped): ` +
        `${previousCount > 0 ? `the catalog of ${previousCount.toLocaleString('en-US')} records` : 'the catalog'} was left as it was.`,
    )
  }
  const imported = seen.size
  seen.clear()
  progress('indexing')
  try {
    // The workers' memory is free before the records are sorted and the index written.
    await index.terms?.collect()
  } catch (error) {
    throw failedWrite(error, previousCount)
  }
  let build: string | undefined
  const removeBuild = () => build && fs.rmSync(build, { force: true, recursive: true })
  let changes: CatalogChanges & { changedIds: Set<string> }
  if (options.incremental) {
    // An incremental export adds and updates: the records it does not hold stay as they were,
    // their lines copied, not parsed.
    try {
      build = newBuild(options.dir)
      log(`Merging ${next.size.toLocaleString('en-US')} records into the catalog of ${previousCount.toLocaleString('en-US')} …`)
      changes = await mergeRecords(build, recordsFileOf(previousBuild), next, deleted)
    } catch (error) {
      removeBuild()
      throw failedWrite(error, previousCount)
    }
  } else {
    changes = compareCatalogs(previous!, next.hashes())
    if (!options.force) refuseLargeRemoval(changes, previousCount, options.maxRemovalShare ?? MAX_REMOVAL_SHARE)
  }
  const { changedIds, ...counts } = changes
  const changed = changedIds.size > 0 || !previousBuild
  let pages: PagesWritten | undefined
  if (!changed) {
    removeBuild()
    // The same records, but perhaps a site whose layout changed since their pages were written.
    if (options.shells) pages = await refreshRecordPages(options.dir, options.shells, log)
    if (pages) prunePageSets(options.dir)
  } else {
    try {
      let recordsRead: RecordsRead | undefined
      if (!build) {
        build = newBuild(options.dir)
        recordsRead = index.recordsRead(next, next.writeSorted(path.join(build, RECORDS_FILE)))
      }
      await buildCatalogIndex(build, log, { changedIds, previous: previousBuild, ...(recordsRead ? { recordsRead } : {}), ...(options.sample ? { sample: true } : {}) })
      await writeArrivals(build, previousBuild, changedIds, options.siteUrl ?? options.shells?.[0]?.site)
      if (options.shells) {
        progress('pages')
        log('Writing the record pages …')
        pages = await writeBuildPages(options.dir, build, options.shells, { changedIds, previous: previousBuild, progress: log })
      }
      progress('publishing')
      followCatalogBuild(options.dir, build)
      publishBuild(options.dir, build)
      prunePageSets(options.dir)
    } catch (error) {
      removeBuild()
      throw failedWrite(error, previousCount)
    }
  }
  return {
    ...counts,
    changed,
    duplicates: report.duplicates.length,
    imported,
    ...(pages ? { pages } : {}),
    read,
    seconds: (performance.now() - started) / 1000,
    skipped: report.skipped.length,
    warned: report.warned,
  }
}

/** The build, unless it is the sample catalog. */
function withoutSample(build: string | undefined): string | undefined {
  if (!build) return undefined
  const manifest = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
  return manifest.sample ? undefined : build
}

/** How many records a build holds, from its manifest: 0 before the first import. */
function recordCountOf(build: string | undefined): number {
  if (!build) return 0
  return (JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest).records
}

/**
 * Opens every file, reading its first record, before any is imported: a wrong file named last
 * (a picture, a missing file) stops the import before the work on the others, with its reason.
 */
async function openAll(files: string[], read: ImportOptions['read']): Promise<{ file: string; records: AsyncIterable<ImportResult> }[]> {
  const opened: { file: string; first: IteratorResult<ImportResult>; iterator: AsyncIterator<ImportResult> }[] = []
  try {
    for (const file of files) {
      const iterator = read(file)[Symbol.asyncIterator]()
      opened.push({ file, first: await iterator.next(), iterator })
    }
  } catch (error) {
    for (const { iterator } of opened) await iterator.return?.()
    throw error
  }
  return opened.map(({ file, first, iterator }) => ({
    file,
    records: (async function* () {
      if (first.done) return
      yield first.value
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value
    })(),
  }))
}

/**
 * Refuses a full import that would remove more than `maxShare` of the catalog: a truncated
 * download or a wrong file looks just like an export of a smaller catalog, and readers would
 * lose the books until the next good import. The cataloguer who means it says `--force`.
 */
function refuseLargeRemoval({ removed }: CatalogChanges, before: number, maxShare: number): void {
  if (before === 0 || removed / before <= maxShare) return
  const n = (value: number) => value.toLocaleString('en-US')
  throw new LargeRemovalError(
    `This full import would remove ${n(removed)} of the catalog's ${n(before)} records (${Math.round((100 * removed) / before)} %), ` +
      `more than ${Math.round(100 * maxShare)} %: is the file complete, and the whole export? Nothing was changed. ` +
      'If the library system really dropped those records, import it again with --force; to add or update records only, use --incremental.',
    removed,
    before,
  )
}

/** The report of the records skipped, kept with warnings and found twice, for the cataloguer; written whole or not at all. */
function writeReport(report: string, text: string, kept: number): void {
  try {
    fs.writeFileSync(`${report}.partial`, text)
    fs.renameSync(`${report}.partial`, report)
  } catch (error) {
    fs.rmSync(`${report}.partial`, { force: true })
    throw failedWrite(error, kept)
  }
}

/** The error of a failed write, saying that the catalog readers see was left as it was, and why in plain words when the disk is at fault. */
function failedWrite(error: unknown, kept: number | undefined): Error {
  if (error instanceof Error && error.name === 'AbortError') return error
  const disk = diskProblem(error)
  const reason = disk ? `${disk} (${(error as Error).message})` : (error as Error).message
  const catalog = kept === undefined ? 'the catalog' : `the catalog of ${kept.toLocaleString('en-US')} records`
  return new Error(`${reason.replace(/\.?$/, '')}. The new catalog was not written and what was half-written is removed: ${catalog} was left as it was.`, { cause: error })
}
