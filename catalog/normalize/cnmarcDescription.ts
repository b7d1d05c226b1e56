import type { RecordDescription } from '../contract'
import type { DataField, MarcRecord } from '../marc/types'
import { isbn13 } from './isbn'
import { nonEmptyList } from './compact'
import { onePerIsbn } from './isbnTerms'
import { subfield } from './marcFields'
import { nonEmpty, trimSeparators, unique } from './text'

const texts = (field: DataField, codes: string): string[] => {
  const found: string[] = []
  for (const { code, value } of field.subfields) {
    if (!codes.includes(code)) continue
    const text = trimSeparators(value)
    if (text !== '') found.push(text)
  }
  return found
}

/**
 * Puts a field's subfields together with the ISBD mark each one is preceded by (UNIMARC leaves
 * them out of the data): `{ c: ' : ', d: ' ; ' }` makes 215 "306页 : 图 ; 27cm". The first
 * subfield and those without a mark follow with a space.
 */
function withMarks(field: DataField, marks: Record<string, string>): string | undefined {
  let text = ''
  for (const { code, value } of field.subfields) {
    if (!(code in marks)) continue
    const part = trimSeparators(value)
    if (part !== '') text = text === '' ? part : `${text}${marks[code] || ' '}${part}`
  }
  return nonEmpty(text)
}

const EDITION_MARKS = { a: '', b: ', ', d: ' = ', f: ' / ', g: ' ; ' }
const PHYSICAL_MARKS = { a: '', c: ' : ', d: ' ; ', e: ' + ' }

/** The parts of several fields, each once, joined by `separator`. */
const joined = (values: string[], separator: string): string | undefined => nonEmpty(unique(values).join(separator))

/**
 * The descriptive areas of a UNIMARC or CNMARC record (see RecordDescription), or undefined when
 * it has none: 200$f$g responsibility and $d parallel titles, 205 edition, 210 place and date,
 * 215 physical description, 225 series, 3XX notes (327 contents, 330 summary), 010$b$d the
 * binding and price of each ISBN, 510 parallel titles. One pass over the fields: a large
 * import describes every record.
 */
export function describeCnmarc(record: MarcRecord, titleField: DataField | undefined): RecordDescription | undefined {
  const contents: string[] = []
  const editions: string[] = []
  const isbnTerms: NonNullable<RecordDescription['isbnTerms']> = []
  const notes: string[] = []
  const parallel = titleField ? texts(titleField, 'd') : []
  const physical: string[] = []
  const places: string[] = []
  let date: string | undefined
  const seriesStatements: NonNullable<RecordDescription['seriesStatements']> = []
  const summary: string[] = []
  for (const field of record.dataFields) {
    const { tag } = field
    if (tag === '010') {
      const value = subfield(field, 'a')
      const isbn = value === undefined ? undefined : isbn13(value)
      const qualifier = nonEmpty(texts(field, 'b').join('; '))
      const price = nonEmpty(texts(field, 'd').join(' '))
      if (isbn && (qualifier || price)) isbnTerms.push({ isbn, ...(price ? { price } : {}), ...(qualifier ? { qualifier } : {}) })
    } else if (tag === '205') {
      const edition = withMarks(field, EDITION_MARKS)
      if (edition) editions.push(edition)
    } else if (tag === '210') {
      places.push(...texts(field, 'a'))
      date ??= texts(field, 'd')[0] ?? ''
    } else if (tag === '215') {
      const text = withMarks(field, PHYSICAL_MARKS)
      if (text) physical.push(text)
    } else if (tag === '225') {
      const title = nonEmpty(trimSeparators(subfield(field, 'a') ?? ''))
      const number = nonEmpty(texts(field, 'v').join(' '))
      if (title) seriesStatements.push(number ? { number, title } : { title })
    } else if (tag === '327') contents.push(...texts(field, 'a'))
    else if (tag === '330') summary.push(...texts(field, 'a'))
    else if (tag === '510') parallel.push(...texts(field, 'a'))
    else if (tag >= '300' && tag < '400') {
      const note = nonEmpty(texts(field, 'a').join(' '))
      if (note) notes.push(note)
    }
  }
  // Keys in alphabetical order, as every part of a record has them (compact.ts).
  const description: RecordDescription = {}
  if (contents.length > 0) description.contents = contents
  const edition = joined(editions, ' ; ')
  if (edition) description.edition = edition
  if (isbnTerms.length > 0) description.isbnTerms = onePerIsbn(isbnTerms)
  if (notes.length > 0) description.notes = unique(notes)
  if (parallel.length > 0) description.parallelTitles = unique(parallel)
  const extent = joined(physical, ' ; ')
  if (extent) description.physical = extent
  const place = joined(places, ' ; ')
  if (place) description.place = place
  // The date as transcribed when it says more than its year: "2014.03", "1995印刷".
  if (date && !/^\d{4}$/u.test(date)) description.publicationDate = date
  const responsibility = titleField && joined(texts(titleField, 'fg'), ' ; ')
  if (responsibility) description.responsibility = responsibility
  if (seriesStatements.length > 0) description.seriesStatements = seriesStatements
  if (summary.length > 0) description.summary = summary
  return nonEmptyList(Object.keys(description)) && description
}
