/**
 * Imports the library system's item-status export (docs/catalog-availability.md) into a new
 * availability set and makes it live in one step: record pages show each copy's status and the
 * catalog filters "on shelf now" at once, with no change to the catalog's builds or its pages.
 * An export that cannot be read, or of which most rows cannot, changes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'

import { takeLock } from '../../shared/processLock'
import { timeStamp } from '../../shared/timeStamp'
import { type AvailabilityManifest, bucketOf, COPY_STATUSES, type CopyState, type CopyStatus, RECORDS_PER_AVAILABILITY_FILE } from '../contract'
import { recordNumbers } from '../indexing/recordNumbers'
import { currentBuild, IMPORT_LOCK } from '../store'
import { newAvailabilitySet, publishAvailability, writeOnShelfBits, writeOnShelfIds } from './availabilitySets'
import { type ItemStatus, type RowProblem, readItemStatus } from './readItemStatus'

export type AvailabilityOptions = {
  /** The catalog's folder (CATALOG_DIR). */
  dir: string
  /** When the export was made, if the file does not say: else its modification time. */
  exportedAt?: Date
  log?: (line: string) => void
  staleAfterHours: number
}

export type AvailabilitySummary = {
  /** Copies of records the live catalog does not have: kept, shown once their records are imported. */
  elsewhere: number
  exportedAt: string
  items: number
  onShelfRecords: number
  records: number
  seconds: number
  skipped: RowProblem[]
  statuses: Record<CopyStatus, number>
  warnings: RowProblem[]
}

/** Problems shown on the console: all are counted. */
const SHOWN = 20

export async function importAvailability(file: string, options: AvailabilityOptions): Promise<AvailabilitySummary> {
  const started = performance.now()
  const log = options.log ?? (() => {})
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`${file} is not a file: name the item-status export to import. Nothing was changed.`)
  fs.mkdirSync(options.dir, { recursive: true })
  const lock = takeLock(path.join(options.dir, IMPORT_LOCK))
  if ('heldBy' in lock) {
    throw new Error(
      `A catalog import is running (process ${lock.heldBy.pid}, since ${lock.heldBy.startedAt}): import the item status when it has ended. Nothing was changed.`,
    )
  }
  let set: string | undefined
  try {
    const { exportedAt: stated, rows } = await readItemStatus(file)
    const byRecord = new Map<string, CopyState[]>()
    const statuses = Object.fromEntries(COPY_STATUSES.map((status) => [status, 0])) as Record<CopyStatus, number>
    const skipped: RowProblem[] = []
    const warnings: RowProblem[] = []
    const note = (list: RowProblem[], problem: RowProblem, what: string) => {
      list.push(problem)
      if (list.length <= SHOWN) log(`  ${problem.place}: ${problem.reason} (${what})`)
    }
    let items = 0
    const add = ({ barcode, due, location, record, status }: ItemStatus) => {
      const copies = byRecord.get(record)
      const copy: CopyState = [barcode, status, location ?? null, due ?? null]
      if (copies) copies.push(copy)
      else byRecord.set(record, [copy])
      statuses[status] += 1
      items += 1
      if (items % 100_000 === 0) log(`  ${items.toLocaleString('en-US')} copies read`)
    }
    for await (const row of rows) {
      if ('skipped' in row) note(skipped, row.skipped, 'skipped')
      else {
        add(row.item)
        if (row.warning) note(warnings, row.warning, 'kept')
      }
    }
    if (items === 0)
      throw new Error(
        `${file} holds no copy with a barcode, record and status${skipped.length > 0 ? ` (${skipped.length} rows skipped)` : ''}: is it the item-status export? Nothing was changed.`,
      )
    if (skipped.length > items) {
      throw new Error(
        `${file}: ${skipped.length} of ${skipped.length + items} rows could not be read (the first: ${skipped[0]!.place}, ${skipped[0]!.reason}): is it the item-status export? Nothing was changed.`,
      )
    }
    const exportedAt = new Date(stated ?? options.exportedAt ?? fs.statSync(file).mtime)

    set = newAvailabilitySet(options.dir, timeStamp())
    const buckets = Math.max(1, Math.ceil(byRecord.size / RECORDS_PER_AVAILABILITY_FILE))
    const files = new Map<number, string[]>()
    const onShelf: string[] = []
    for (const [record, copies] of byRecord) {
      const bucket = bucketOf(record, buckets)
      const entry = `${JSON.stringify(record)}:${JSON.stringify(copies)}`
      const entries = files.get(bucket)
      if (entries) entries.push(entry)
      else files.set(bucket, [entry])
      if (copies.some(([, status]) => status === 'on-shelf')) onShelf.push(record)
    }
    for (const [bucket, entries] of files) fs.writeFileSync(path.join(set, 'records', `${bucket}.json`), `{${entries.join(',')}}`)
    writeOnShelfIds(set, onShelf)
    const build = currentBuild(options.dir)
    const numbers = build ? recordNumbers(build) : undefined
    const onShelfRecords = build ? writeOnShelfBits(set, build, numbers) : 0
    let elsewhere = 0
    if (numbers) for (const [record, copies] of byRecord) if (!numbers.numbers.has(record)) elsewhere += copies.length
    const manifest: AvailabilityManifest = {
      buckets,
      exportedAt: exportedAt.toISOString(),
      importedAt: new Date().toISOString(),
      items,
      records: byRecord.size,
      staleAfterHours: options.staleAfterHours,
      statuses,
    }
    fs.writeFileSync(path.join(set, 'manifest.json'), JSON.stringify(manifest))
    publishAvailability(options.dir, set)
    return {
      elsewhere,
      exportedAt: manifest.exportedAt,
      items,
      onShelfRecords,
      records: byRecord.size,
      seconds: (performance.now() - started) / 1000,
      skipped,
      statuses,
      warnings,
    }
  } catch (error) {
    if (set) fs.rmSync(set, { force: true, recursive: true })
    throw error
  } finally {
    lock.release()
  }
}
