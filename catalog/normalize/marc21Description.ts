import type { RecordDescription } from '../contract'
import type { DataField, MarcRecord } from '../marc/types'
import { compactPart, nonEmptyList } from './compact'
import { onePerIsbn } from './isbnTerms'
import { isbn13 } from './isbn'
import { dataFields, dataFieldsOf, subfield, subfieldValues } from './marcFields'
import { clean, nonEmpty, stripIsbdPunctuation, unique } from './text'

/** Notes with an area of their own (505 contents, 520 summary) or for staff only (541 acquisition, 561 provenance, 583 actions). */
const NOT_GENERAL_NOTES = new Set(['505', '520', '541', '561', '583'])

/** Subfields whose codes are letters hold text; digits are for machines ($2 source, $5 institution, $6 linkage, $8 sequence). */
const TEXT_CODES = 'abcdefghijklmnopqrstuvwxyz'

/** The subfields `codes` of a field as transcribed, joined by a space: ISBD marks between them kept, those at the end dropped. */
function transcribed(field: DataField, codes = TEXT_CODES): string | undefined {
  return nonEmpty(stripIsbdPunctuation(subfieldValues(field, codes).map(clean).filter(Boolean).join(' ')))
}


const joined = (values: (string | undefined)[], separator: string): string | undefined =>
  nonEmpty(values.filter((value): value is string => value !== undefined).join(separator))

/** 260 (older records), or 264 with second indicator 1 (publication, RDA). */
export const publicationFields = (record: MarcRecord): DataField[] => [
  ...dataFields(record, '260'),
  ...dataFields(record, '264').filter((field) => field.ind2 === '1'),
]

/**
 * 505 formatted contents: with $t (enhanced), one entry a title with its responsibility ($r)
 * and duration ($g); else $a split at " -- ".
 */
function contentsOf(record: MarcRecord): string[] {
  return dataFields(record, '505').flatMap((field) => {
    if (!field.subfields.some((s) => s.code === 't')) {
      return subfieldValues(field, 'a')
        .flatMap((text) => text.split(/\s+--\s*/u))
        .map(stripIsbdPunctuation)
        .filter(Boolean)
    }
    const entries: string[] = []
    for (const { code, value } of field.subfields) {
      const text = stripIsbdPunctuation(value.replace(/\s*--\s*$/u, ''))
      if (text === '') continue
      if (code === 't') entries.push(text)
      else if ((code === 'r' || code === 'g') && entries.length > 0) entries[entries.length - 1] += code === 'r' ? ` / ${text}` : ` (${text})`
    }
    return entries
  })
}

/**
 * What each 020 adds to its ISBN: the qualifier in $q, or in brackets after the number in $a
 * (older records: "0833041215 (pbk. : alk. paper)"), and the terms of availability in $c.
 */
function isbnTermsOf(record: MarcRecord): NonNullable<RecordDescription['isbnTerms']> {
  const terms = dataFields(record, '020').flatMap((field) => {
    const value = subfield(field, 'a')
    const isbn = value === undefined ? undefined : isbn13(value)
    if (isbn === undefined) return []
    const inBrackets = /\(([^)]+)\)/u.exec(value!)?.[1]
    const qualifier = joined([...subfieldValues(field, 'q').map(stripIsbdPunctuation), inBrackets && stripIsbdPunctuation(inBrackets)], '; ')
    const price = nonEmpty(subfieldValues(field, 'c').map(stripIsbdPunctuation).join(' '))
    return qualifier || price ? [compactPart({ isbn, price, qualifier })!] : []
  })
  return onePerIsbn(terms)
}

/** 490 and 440 series statements: the title as `series` has it (linked to it), and the numbering ($v, or after " ; " in $a). */
function seriesStatementsOf(record: MarcRecord): NonNullable<RecordDescription['seriesStatements']> {
  return dataFieldsOf(record, ['490', '440']).flatMap((field) => {
    const [title, inTitle] = (subfield(field, 'a') ?? '').split(/\s;\s/u)
    const text = stripIsbdPunctuation(title ?? '')
    if (text === '') return []
    const number = nonEmpty(stripIsbdPunctuation(subfieldValues(field, 'v').join(' ') || (inTitle ?? '')))
    return [number ? { number, title: text } : { title: text }]
  })
}

/** The date of publication as transcribed, when it says more than its year: "c1984", "2014.03", "1373 [1994 or 1995]". */
function publicationDateOf(fields: DataField[]): string | undefined {
  const date = fields[0] && transcribed(fields[0], 'c')?.replace(/(\d)\.$/u, '$1')
  return date && /^\d{4}$/u.test(date) ? undefined : date
}

/** The parts of the description an alternate script (880) can give again: see VernacularText. */
export function describedInScript(record: MarcRecord): {
  edition?: string
  place?: string
  responsibility?: string
} {
  const title = dataFields(record, '245')[0]
  return {
    edition: joined(
      dataFields(record, '250').map((field) => transcribed(field, 'ab')),
      ' ; ',
    ),
    place: joined(unique(publicationFields(record).flatMap((field) => subfieldValues(field, 'a').map(stripIsbdPunctuation))), ' ; '),
    responsibility: title && transcribed(title, 'c'),
  }
}

/** The descriptive areas of a MARC21 record (see RecordDescription), or undefined when it has none. */
export function describeMarc21(record: MarcRecord): RecordDescription | undefined {
  const notes = record.dataFields.filter((field) => field.tag >= '500' && field.tag < '600' && !NOT_GENERAL_NOTES.has(field.tag))
  return compactPart({
    ...describedInScript(record),
    contents: nonEmptyList(contentsOf(record)),
    isbnTerms: nonEmptyList(isbnTermsOf(record)),
    notes: nonEmptyList(unique(notes.map((field) => transcribed(field)).filter((text): text is string => text !== undefined))),
    parallelTitles: nonEmptyList(
      unique(
        dataFields(record, '246')
          .filter((field) => field.ind2 === '1')
          .map((field) => transcribed(field, 'abnp'))
          .filter((text): text is string => text !== undefined),
      ),
    ),
    physical: joined(
      dataFields(record, '300').map((field) => transcribed(field, 'abcefg3')),
      ' ; ',
    ),
    publicationDate: publicationDateOf(publicationFields(record)),
    seriesStatements: nonEmptyList(seriesStatementsOf(record)),
    summary: nonEmptyList(
      dataFields(record, '520')
        .map((field) => transcribed(field, 'ab'))
        .filter((text): text is string => text !== undefined),
    ),
  })
}
