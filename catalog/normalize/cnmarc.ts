import type { DataField, MarcRecord } from '../marc/types'
import { clcClass } from './clc'
import { compact } from './compact'
import { sumHoldings, type Holding } from './holdings'
import { isbn13s } from './isbn'
import { controlField, dataFields, dataFieldsOf, firstSubfield, subfield, subfieldValues } from './marcFields'
import type { NormalizeResult } from './result'
import { clean, nonEmpty, trimSeparators, unique, yearFrom } from './text'

/** Personal and corporate name access points (UNIMARC 7XX); 700–702 carry the rest of a name in $b. */
const NAME_TAGS = ['700', '701', '702', '710', '711', '712', '720', '721', '722']

/**
 * 200$a with what completes it, in ISBD order: $e other title information (" : "), $h number
 * of a part (". "), $i name of a part (", " after a number, else ". ").
 */
function titleOf(field: DataField): string | undefined {
  let title = ''
  let afterPartNumber = false
  for (const { code, value } of field.subfields) {
    const text = trimSeparators(value)
    if (text === '') continue
    if (code === 'a') title = title === '' ? text : `${title} ; ${text}`
    else if (title === '') continue
    else if (code === 'e') title = `${title} : ${text}`
    else if (code === 'h') title = `${title}. ${text}`
    else if (code === 'i') title = `${title}${afterPartNumber ? ', ' : '. '}${text}`
    afterPartNumber = code === 'h'
  }
  return title === '' ? undefined : title
}

/**
 * The names in 7XX; when a record has none, the statements of responsibility of 200$f/$g
 * ("国家统计局编"), so that a record with 701 叶震 does not also list "叶震主编".
 */
function authorsOf(record: MarcRecord, title: DataField): string[] {
  const names = dataFieldsOf(record, NAME_TAGS).flatMap((field) => {
    const name = [subfield(field, 'a'), subfield(field, 'b')].map(nonEmpty).filter(Boolean).join(', ')
    return name === '' ? [] : [name]
  })
  if (names.length > 0) return unique(names)
  return unique(subfieldValues(title, 'fg').map(clean).filter(Boolean))
}

/** 606$a with its subdivisions ($j form, $x topical, $y geographical, $z chronological) joined by "--". */
const subjectsOf = (record: MarcRecord): string[] =>
  unique(
    dataFields(record, '606').flatMap((field) => {
      const parts = subfieldValues(field, 'ajxyz').map(clean).filter(Boolean)
      return parts.length > 0 && field.subfields.some((s) => s.code === 'a') ? [parts.join('--')] : []
    }),
  )

/** A 905 occurrence: its $a names the branch; each $b is one copy's accession number (登录号), at least one copy. */
const holdingsOf = (record: MarcRecord): Holding[] =>
  sumHoldings(
    dataFields(record, '905').flatMap((field) => {
      const branch = nonEmpty(subfield(field, 'a'))
      if (branch === undefined) return []
      const accessionNumbers = subfieldValues(field, 'b').filter((value) => clean(value) !== '')
      return [{ branch, copies: Math.max(1, accessionNumbers.length) }]
    }),
  )

/** 905$d (class number) and $e (book number) as the shelf shows them, "I247.5/123"; $d alone when there is no $e. */
function callNumberOf(record: MarcRecord): string | undefined {
  for (const field of dataFields(record, '905')) {
    const classNumber = nonEmpty(subfield(field, 'd'))
    if (classNumber === undefined) continue
    const bookNumber = nonEmpty(subfield(field, 'e'))
    return bookNumber === undefined ? classNumber : `${classNumber}/${bookNumber}`
  }
  return undefined
}

/** The date of publication: 210$d (or 214$d), else the first date coded in 100$a/9–12. */
function yearOf(record: MarcRecord): number | undefined {
  const published = yearFrom(firstSubfield([...dataFields(record, '210'), ...dataFields(record, '214')], 'd'))
  if (published !== undefined) return published
  const coded = firstSubfield(dataFields(record, '100'), 'a')
  return coded === undefined ? undefined : yearFrom(coded.slice(9, 13))
}

/** Normalises a UNIMARC or CNMARC record: see `normalizeRecord`. */
export function normalizeCnmarc(record: MarcRecord): NormalizeResult {
  const titleField = dataFields(record, '200').find((field) => titleOf(field) !== undefined)
  const title = titleField && titleOf(titleField)
  if (titleField === undefined || title === undefined) return { ok: false, reason: 'no title (245$a / 200$a)' }
  const id = nonEmpty(controlField(record, '001'))
  if (id === undefined) return { ok: false, reason: 'no record identifier (001)' }
  const clc = nonEmpty(firstSubfield(dataFields(record, '690'), 'a'))
  const publication = [...dataFields(record, '210'), ...dataFields(record, '214')]
  return {
    ok: true,
    warnings: [],
    record: compact({
      authors: authorsOf(record, titleField),
      callNumber: callNumberOf(record),
      clc,
      clcClass: clcClass(clc),
      holdings: holdingsOf(record),
      id,
      isbn: isbn13s(dataFields(record, '010').flatMap((field) => subfieldValues(field, 'a'))),
      language: nonEmpty(firstSubfield(dataFields(record, '101'), 'a'))?.toLowerCase(),
      publisher: nonEmpty(firstSubfield(publication, 'c')),
      subjects: subjectsOf(record),
      title,
      titlePinyin: nonEmpty(subfield(titleField, 'A')),
      year: yearOf(record),
    }),
  }
}
