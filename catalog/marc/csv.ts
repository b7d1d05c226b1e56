/**
 * Reads the catalog CSV that libraries without a MARC export can fill in (layout in
 * docs/catalog-csv.md): one book per row, straight into catalog records.
 */
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'

import { parse } from 'csv-parse'

import { clcClass } from '../normalize/clc'
import { compact, nonEmptyList } from '../normalize/compact'
import { sumHoldings } from '../normalize/holdings'
import { isbn13 } from '../normalize/isbn'
import { clean, nonEmpty } from '../normalize/text'
import type { CatalogRecord } from '../contract'
import type { RecordPosition, RecordWarning } from './types'

/**
 * One row of the file: a catalog record, or refused with the reason. The record is named
 * `catalogRecord` so that it is never taken for the `record` (a MARC record) of a MARC reader.
 */
export type CsvReadResult = { catalogRecord: CatalogRecord; ok: true; position: RecordPosition; warnings: RecordWarning[] } | { ok: false; position: RecordPosition; reason: string }

const COLUMNS = ['id', 'title', 'authors', 'isbn', 'publisher', 'year', 'clc', 'subjects', 'series', 'call_number', 'holdings', 'language'] as const
type Column = (typeof COLUMNS)[number]
const REQUIRED: Column[] = ['id', 'title']

class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason)
}

/** Splits a list cell on ";" (or the full-width "；" a Chinese keyboard types), dropping empty parts. */
const list = (value: string): string[] => value.split(/[;；]/u).map(clean).filter((part) => part !== '')

function year(value: string): number | undefined {
  if (value === '') return undefined
  const number = Number(value)
  if (!/^\d{4}$/u.test(value) || number < 1000 || number > 2100) refuse(`the year “${value}” is not a year of four digits`)
  return number
}

function holdings(value: string): CatalogRecord['holdings'] {
  return sumHoldings(
    list(value).map((holding) => {
      const [, branch = '', copies = ''] = /^(.*?)\s*[:：]\s*(\S*)$/u.exec(holding) ?? []
      if (branch === '') refuse(`the holding “${holding}” is not written as branch:copies`)
      if (!/^\d+$/u.test(copies)) refuse(`the holding “${holding}” does not give the copies as a whole number`)
      return { branch, copies: Number(copies) }
    }),
  )
}

function record(cells: Map<Column, string>, seen: Map<string, number>, recordNumber: number): CatalogRecord {
  const cell = (column: Column) => clean(cells.get(column) ?? '')
  const id = cell('id')
  if (id === '') refuse('the id is empty')
  const earlier = seen.get(id)
  if (earlier !== undefined) refuse(`the id “${id}” is already used by record ${earlier}`)
  seen.set(id, recordNumber)
  const title = cell('title')
  if (title === '') refuse('the title is empty')
  const isbn = list(cell('isbn')).map((value) => isbn13(value) ?? refuse(`“${value}” is not a valid ISBN`))
  const clc = nonEmpty(cell('clc'))
  if (clc !== undefined && clcClass(clc) === undefined) refuse(`the CLC number “${clc}” does not start with a class letter of the Chinese Library Classification`)
  const language = nonEmpty(cell('language'))?.toLowerCase()
  if (language !== undefined && !/^[a-z]{3}$/u.test(language)) refuse(`the language “${language}” is not a three-letter ISO 639-2 code such as chi or eng`)
  return compact({
    authors: list(cell('authors')),
    callNumber: nonEmpty(cell('call_number')),
    clc,
    clcClass: clcClass(clc),
    holdings: holdings(cell('holdings')),
    id,
    isbn: [...new Set(isbn)],
    language,
    publisher: nonEmpty(cell('publisher')),
    series: nonEmptyList(list(cell('series'))),
    subjects: list(cell('subjects')),
    title,
    year: year(cell('year')),
  })
}

/** Passes the bytes on, and fails the reading at the first byte that is not UTF-8. */
function strictUtf8(file: string) {
  return async function* (source: AsyncIterable<Buffer>) {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    let offset = 0
    for await (const chunk of source) {
      try {
        decoder.decode(chunk, { stream: true })
      } catch {
        throw new Error(`${file} is not UTF-8 text (after byte ${offset}); in Excel, save it as “CSV UTF-8”, not as plain CSV, which is GBK on Chinese Windows`)
      }
      offset += chunk.length
      yield chunk
    }
  }
}

/**
 * Whether a first row is the header of the catalog CSV: it names at least one of its columns
 * (a misspelt one among them is then reported by the reader, naming it).
 */
export function isCatalogCsvHeader(cells: string[]): boolean {
  return cells.some((cell) => (COLUMNS as readonly string[]).includes(clean(cell.replace(/^\ufeff/u, '').replace(/^"(.*)"$/u, '$1')).toLowerCase()))
}

/** Checks the header row and returns the column of each cell. */
function columnsOf(header: string[], file: string): Column[] {
  const names = header.map((name) => clean(name).toLowerCase())
  const unknown = names.filter((name) => !(COLUMNS as readonly string[]).includes(name))
  if (unknown.length > 0) throw new Error(`${file}: unknown column ${unknown.map((name) => `“${name}”`).join(', ')}; the columns are ${COLUMNS.join(', ')}`)
  const repeated = names.filter((name, index) => names.indexOf(name) !== index)
  if (repeated.length > 0) throw new Error(`${file}: the column “${repeated[0]}” appears twice`)
  const missing = REQUIRED.filter((name) => !names.includes(name))
  if (missing.length > 0) throw new Error(`${file}: the header row has no ${missing.join(' or ')} column`)
  return names as Column[]
}

/**
 * Reads a catalog CSV (UTF-8, a header row, see docs/catalog-csv.md) row by row. Each row is
 * a catalog record, or a refusal whose position gives the row's number (from 1, after the
 * header) and byte offset, and whose reason gives its line. Rows whose cells are all empty
 * are skipped. Throws when the file is not UTF-8 or its header names unknown columns or lacks
 * id or title. `chunks`, when given, are the file's bytes (a CSV inside a gzip or zip file).
 */
export async function* readCatalogCsv(file: string, options: { chunks?: AsyncIterable<Buffer> } = {}): AsyncGenerator<CsvReadResult> {
  const parser = parse({ bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true })
  const feeding = pipeline(options.chunks ?? createReadStream(file), strictUtf8(file), parser)
  feeding.catch(() => undefined) // its error reaches the loop below through the parser
  let columns: Column[] | undefined
  let recordNumber = 0
  const seen = new Map<string, number>()
  for await (const { info, raw, record: row } of parser as AsyncIterable<{ info: { bytes: number; lines: number }; raw: string; record: string[] }>) {
    if (columns === undefined) {
      columns = columnsOf(row, file)
      continue
    }
    recordNumber++
    const text = raw.replace(/^[\r\n]+/u, '')
    const line = info.lines - (text.replace(/\r?\n$/u, '').match(/\n/gu)?.length ?? 0)
    const position = { byteOffset: info.bytes - Buffer.byteLength(text), file, recordNumber }
    let result: CsvReadResult
    try {
      if (row.length !== columns.length) refuse(`the row has ${row.length} cells but the header has ${columns.length} columns`)
      const cells = new Map(columns.map((column, index) => [column, row[index] ?? '']))
      result = { catalogRecord: record(cells, seen, recordNumber), ok: true, position, warnings: [] }
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      result = { ok: false, position, reason: `${error.message} (line ${line})` }
    }
    yield result
  }
  await feeding
}
