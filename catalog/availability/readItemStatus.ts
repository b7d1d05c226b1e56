/**
 * Reads the library system's item-status export (docs/catalog-availability.md): CSV with a header
 * row, or JSON. Each row says of one copy its barcode, record, location and status; a row that
 * cannot be read is skipped with a reason that names its line (CSV) or its place (JSON).
 */
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'

import { parse } from 'csv-parse'

import { COPY_STATUSES, type CopyStatus } from '../contract'

/** A copy as the export gives it. */
export type ItemStatus = { barcode: string; due?: string; location?: string; record: string; status: CopyStatus }

/** A row skipped, or a value of one left out, and why. */
export type RowProblem = { place: string; reason: string }

/** What an export reader gives, row after row: a copy (with what was left out of it), or a row skipped. */
export type ItemStatusRow = { item: ItemStatus; warning?: RowProblem } | { skipped: RowProblem }

/** The columns (CSV) or keys (JSON) an export must have; `location` and `due` may be left out. */
export const REQUIRED_COLUMNS = ['barcode', 'record', 'status'] as const

/** The words library systems write for each status, in English and Chinese. */
const STATUS_WORDS: Record<CopyStatus, string[]> = {
  'in-transit': ['in-transit', 'in transit', 'transit', '在途', '运送中', '调拨中'],
  lost: ['lost', 'missing', '丢失', '遗失', '丢失/遗失'],
  'on-loan': ['on-loan', 'on loan', 'loaned', 'checked out', 'checked-out', '借出', '已借出', '外借'],
  'on-shelf': ['on-shelf', 'on shelf', 'available', 'in', '在架', '在馆', '可借'],
}
const STATUS_OF = new Map(Object.entries(STATUS_WORDS).flatMap(([status, words]) => words.map((word) => [word, status as CopyStatus])))

/** The status a word names, or undefined. */
export const statusOf = (word: string): CopyStatus | undefined => STATUS_OF.get(word.trim().toLowerCase())

/** A due date as YYYY-MM-DD, from a date or a date and time. */
function dueDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(text.trim())
  if (!match) return undefined
  const [, year, month, day] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : undefined
}

/** One row's values checked: a copy, or why it is skipped. */
function itemOf(values: Record<string, unknown>, place: string): ItemStatusRow {
  const text = (key: string) => (typeof values[key] === 'string' || typeof values[key] === 'number' ? String(values[key]).trim() : '')
  const [barcode, record, word] = [text('barcode'), text('record'), text('status')]
  if (barcode === '') return { skipped: { place, reason: 'no barcode' } }
  if (record === '') return { skipped: { place, reason: `no record for copy ${barcode}` } }
  const status = statusOf(word)
  if (status === undefined) return { skipped: { place, reason: `status "${word}" of copy ${barcode} is none of ${COPY_STATUSES.join(', ')}` } }
  const location = text('location')
  const due = text('due')
  const item: ItemStatus = { barcode, record, status, ...(location === '' ? {} : { location }) }
  if (status === 'on-loan' && due !== '') {
    const day = dueDate(due)
    if (day === undefined)
      return { item, warning: { place, reason: `due date "${due}" of copy ${barcode} is not a date (YYYY-MM-DD): the copy is kept without it` } }
    item.due = day
  }
  return { item }
}

/** Reads a CSV export: a header row naming the columns (any order, others ignored), then a row a copy. */
async function* readCsv(file: string): AsyncGenerator<ItemStatusRow> {
  const parser = createReadStream(file).pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }))
  let columns: string[] | undefined
  for await (const { info, record } of parser as AsyncIterable<{ info: { lines: number }; record: string[] }>) {
    if (!columns) {
      columns = record.map((name) => name.toLowerCase())
      const missing = REQUIRED_COLUMNS.filter((name) => !columns!.includes(name))
      if (missing.length > 0) {
        throw new Error(
          `${file} has no column ${missing.map((name) => `"${name}"`).join(', ')} in its first line ("${record.join(',').slice(0, 80)}"): an item-status export names its columns barcode, record, status (and location, due) in its first line.`,
        )
      }
      continue
    }
    yield itemOf(Object.fromEntries(columns.map((name, n) => [name, record[n]])), `line ${info.lines}`)
  }
}

/** Reads a JSON export: `{ "exportedAt": …, "items": [ … ] }` or the list of items alone. */
async function readJson(file: string): Promise<{ exportedAt?: string; rows: ItemStatusRow[] }> {
  let data: unknown
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is not whole JSON (${(error as Error).message}): was the export cut off? Nothing was changed.`)
  }
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items
  if (!Array.isArray(items))
    throw new Error(`${file} holds no list of items: an item-status export in JSON is { "exportedAt": …, "items": [ … ] } or the list alone.`)
  const exportedAt = Array.isArray(data) ? undefined : (data as { exportedAt?: unknown }).exportedAt
  if (exportedAt !== undefined && (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)))) {
    throw new Error(`${file}: "exportedAt" (${JSON.stringify(exportedAt)}) is not a date and time such as 2026-12-07T08:00:00+08:00.`)
  }
  const rows = items.map((item: unknown, n) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? itemOf(item as Record<string, unknown>, `item ${n + 1}`)
      : { skipped: { place: `item ${n + 1}`, reason: 'not an object' } },
  )
  return { ...(exportedAt === undefined ? {} : { exportedAt }), rows }
}

/** Whether a file is JSON: by its name, else by its first character. */
async function isJson(file: string): Promise<boolean> {
  if (/\.json$/i.test(file)) return true
  if (/\.csv$/i.test(file)) return false
  const handle = await fs.open(file)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0)
    return /^(?:\uFEFF)?\s*[[{]/.test(buffer.subarray(0, bytesRead).toString('utf8'))
  } finally {
    await handle.close()
  }
}

/** The rows of an export, and the time the export says it was made (JSON only). */
export async function readItemStatus(file: string): Promise<{ exportedAt?: string; rows: AsyncIterable<ItemStatusRow> | ItemStatusRow[] }> {
  if (await isJson(file)) return readJson(file)
  return { rows: readCsv(file) }
}
