import type { CatalogItem } from '../contract'
import type { DataField, MarcRecord, RecordWarning } from '../marc/types'
import { clcClass } from './clc'
import { OTHER_TITLE_TAGS, otherTitles, titlesOf } from './cnmarcTitles'
import { describeCnmarc } from './cnmarcDescription'
import { compact, nonEmptyList } from './compact'
import { holdingsOfItems, itemOf, locationCode } from './holdings'
import { type IdentifierOptions, recordId } from './identifier'
import { validIsbns } from './isbn'
import { languageCode } from './language'
import { dataFields, dataFieldsOf, firstSubfield, subfield, subfieldValues } from './marcFields'
import type { NormalizeResult } from './result'
import { clean, nonEmpty, trimSeparators, unique, yearFrom } from './text'

/** Personal and corporate name access points (UNIMARC 7XX); 700–702 carry the rest of a name in $b. */
const NAME_TAGS = ['700', '701', '702', '710', '711', '712', '720', '721', '722']

/** What a UNIMARC record without any title is refused for. */
export const NO_CNMARC_TITLE = `no title at all: 200 (title or pinyin) and ${OTHER_TITLE_TAGS.join(', ')} hold none`

/**
 * The names in 7XX; when a record has none, the statements of responsibility of 200$f/$g
 * ("国家统计局编"), so that a record with 701 叶震 does not also list "叶震主编".
 */
function authorsOf(record: MarcRecord, title: DataField | undefined): string[] {
  const names = dataFieldsOf(record, NAME_TAGS).flatMap((field) => {
    const name = [subfield(field, 'a'), subfield(field, 'b')].map(nonEmpty).filter(Boolean).join(', ')
    return name === '' ? [] : [name]
  })
  if (names.length > 0 || title === undefined) return unique(names)
  return unique(subfieldValues(title, 'fg').map(clean).filter(Boolean))
}

/**
 * The series: 225$a (series statement) and the title ($a after \$1 200) of each 410 (series
 * link), whose fields are embedded in it.
 */
function seriesOf(record: MarcRecord): string[] {
  const linked = dataFields(record, '410').flatMap((field) => {
    let inTitle = false
    return field.subfields.flatMap(({ code, value }) => {
      if (code === '1') inTitle = value.startsWith('200')
      return inTitle && code === 'a' ? [value] : []
    })
  })
  return unique([...dataFields(record, '225').flatMap((field) => subfieldValues(field, 'a')), ...linked].map(trimSeparators).filter(Boolean))
}

/** 606$a with its subdivisions ($j form, $x topical, $y geographical, $z chronological) joined by "--". */
const subjectsOf = (record: MarcRecord): string[] =>
  unique(
    dataFields(record, '606').flatMap((field) => {
      const parts = subfieldValues(field, 'ajxyz').map(clean).filter(Boolean)
      return parts.length > 0 && field.subfields.some((s) => s.code === 'a') ? [parts.join('--')] : []
    }),
  )

/** 905$d (class number) and $e (book number) as the shelf shows them, "I247.5/123"; $d alone when there is no $e. */
function shelfMarkOf(field: DataField): string | undefined {
  const classNumber = nonEmpty(subfield(field, 'd'))
  if (classNumber === undefined) return undefined
  const bookNumber = nonEmpty(subfield(field, 'e'))
  return bookNumber === undefined ? classNumber : `${classNumber}/${bookNumber}`
}

/** The shelf mark of the first 905 that gives one. */
function callNumberOf(record: MarcRecord): string | undefined {
  for (const field of dataFields(record, '905')) {
    const shelfMark = shelfMarkOf(field)
    if (shelfMark !== undefined) return shelfMark
  }
  return undefined
}

/**
 * A 905 occurrence: its $a names the branch, $c where in it; each $b is one copy's accession
 * number (登录号); without a $b, it stands for one copy.
 */
const itemsOf = (record: MarcRecord, callNumber: string | undefined, warnings: RecordWarning[]): CatalogItem[] =>
  dataFields(record, '905').flatMap((field) => {
    const branch = locationCode(subfield(field, 'a'), { field: '905', subfield: 'a' }, warnings)
    if (branch === undefined) return []
    const parts = { branch, location: subfield(field, 'c'), shelfMark: shelfMarkOf(field) }
    const accessionNumbers = subfieldValues(field, 'b').filter((value) => clean(value) !== '')
    if (accessionNumbers.length === 0) return [itemOf(parts, callNumber)]
    return accessionNumbers.map((barcode) => itemOf({ ...parts, barcode }, callNumber))
  })

/** The date of publication: 210$d (or 214$d), else the first date coded in 100$a/9–12. */
function yearOf(record: MarcRecord, warnings: RecordWarning[]): number | undefined {
  const fields = [...dataFields(record, '210'), ...dataFields(record, '214')]
  const date = nonEmpty(firstSubfield(fields, 'd'))
  const year = yearFrom(date) ?? yearFrom(firstSubfield(dataFields(record, '100'), 'a')?.slice(9, 13))
  if (date !== undefined && year === undefined) warnings.push({ field: fields[0]!.tag, message: `no year in the date "${date}": left out` })
  return year
}

/** The first language of 101$a read as an ISO 639-2 code; a value that names none is left out with a warning. */
function languageOf(record: MarcRecord, warnings: RecordWarning[]): string | undefined {
  for (const value of dataFields(record, '101').flatMap((field) => subfieldValues(field, 'a'))) {
    const { code, problem } = languageCode(value)
    if (problem !== undefined) warnings.push({ field: '101', message: problem })
    if (code !== undefined) return code
  }
  return undefined
}

/**
 * Normalises a UNIMARC or CNMARC record: see `normalizeRecord`. The title is that of 200; a
 * record without one takes its first other title, else the pinyin of 200$A, with a warning.
 */
export function normalizeCnmarc(record: MarcRecord, options: IdentifierOptions = {}): NormalizeResult {
  const warnings: RecordWarning[] = []
  const titleFields = dataFields(record, '200')
  const titleField = titleFields.find((field) => titlesOf(field).title !== undefined) ?? titleFields[0]
  const title200 = titleField && titlesOf(titleField).title
  const others = otherTitles(record, titleField, warnings)
  const pinyin = titleField && nonEmpty(subfield(titleField, 'A'))
  const title = title200 ?? others[0] ?? pinyin
  if (title === undefined) return { ok: false, reason: NO_CNMARC_TITLE }
  if (title200 === undefined) {
    warnings.push({ field: '200', message: `200 holds no title proper ($a): the title is taken from ${title === pinyin ? 'its pinyin ($A)' : 'the other titles'}` })
  }
  const clc = nonEmpty(firstSubfield(dataFields(record, '690'), 'a'))
  const remaining = others.filter((text) => text !== title)
  const series = seriesOf(record)
  const callNumber = callNumberOf(record)
  const items = itemsOf(record, callNumber, warnings)
  const content = {
    authors: authorsOf(record, titleField),
    callNumber,
    clc,
    clcClass: clcClass(clc),
    description: describeCnmarc(record, titleField),
    holdings: holdingsOfItems(items),
    isbn: validIsbns(
      dataFields(record, '010').flatMap((field) => subfieldValues(field, 'a')),
      '010',
      warnings,
    ),
    items: nonEmptyList(items),
    language: languageOf(record, warnings),
    otherTitles: remaining.length > 0 ? remaining : undefined,
    publisher: nonEmpty(firstSubfield([...dataFields(record, '210'), ...dataFields(record, '214')], 'c')),
    series: series.length > 0 ? series : undefined,
    subjects: subjectsOf(record),
    title,
    titlePinyin: pinyin === title ? undefined : pinyin,
    year: yearOf(record, warnings),
  }
  return { ok: true, record: compact({ ...content, id: recordId(record, content, options, warnings) }), warnings }
}
