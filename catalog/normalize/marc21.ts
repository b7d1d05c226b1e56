import type { DataField, MarcRecord } from '../marc/types'
import { clcClass } from './clc'
import { compact } from './compact'
import { sumHoldings } from './holdings'
import { isbn13s } from './isbn'
import { controlField, dataFields, dataFieldsOf, firstSubfield, subfield, subfieldValues } from './marcFields'
import type { NormalizeResult } from './result'
import { nonEmpty, stripIsbdPunctuation, unique, yearFrom } from './text'

const NAME_TAGS = ['100', '110', '111', '700', '710', '711']

/** Subfields of a field with their ISBD punctuation stripped, empty ones left out. */
const parts = (field: DataField, codes: string): { code: string; text: string }[] =>
  field.subfields
    .filter((s) => codes.includes(s.code))
    .map((s) => ({ code: s.code, text: stripIsbdPunctuation(s.value) }))
    .filter((part) => part.text !== '')

/** 245$a, $b remainder of title (" : "), $n/$p number and name of a part (". "). */
function titleOf(record: MarcRecord): string | undefined {
  const field = dataFields(record, '245')[0]
  if (field === undefined) return undefined
  let title = ''
  for (const { code, text } of parts(field, 'abnp')) {
    if (code === 'a') title = title === '' ? text : `${title} ; ${text}`
    else if (title === '') continue
    else title = `${title}${code === 'b' ? ' : ' : '. '}${text}`
  }
  return title === '' ? undefined : title
}

/** 260 (older records) or 264 with second indicator 1 (publication, RDA). */
const publicationFields = (record: MarcRecord): DataField[] => [
  ...dataFields(record, '260'),
  ...dataFields(record, '264').filter((field) => field.ind2 === '1'),
]

/** A publisher that is no name: "[s.n.]" (sine nomine). */
const UNNAMED_PUBLISHER = /^\[?s\.\s?n\.?\]?$/iu

function publisherOf(record: MarcRecord): string | undefined {
  const publisher = nonEmpty(firstSubfield(publicationFields(record), 'b'))
  const text = publisher && stripIsbdPunctuation(publisher)
  return text && !UNNAMED_PUBLISHER.test(text) ? text : undefined
}

/**
 * 008/07–10 (Date 1, always Gregorian) first, then 260$c/264$c: a transcribed date may be in
 * another calendar ("1373 [1994 or 1995]") while 008 says 1994.
 */
const yearOf = (record: MarcRecord): number | undefined =>
  yearFrom(controlField(record, '008')?.slice(7, 11)) ?? yearFrom(firstSubfield(publicationFields(record), 'c'))

/** 008/35–37 when it is a code, else the first code of 041$a (old records run several codes together, "sanengkan"). */
function languageOf(record: MarcRecord): string | undefined {
  const coded = controlField(record, '008')?.slice(35, 38).toLowerCase()
  if (coded !== undefined && /^[a-z]{3}$/u.test(coded)) return coded
  const listed = nonEmpty(firstSubfield(dataFields(record, '041'), 'a'))?.toLowerCase().slice(0, 3)
  return listed !== undefined && /^[a-z]{3}$/u.test(listed) ? listed : undefined
}

/** 084$a of the field whose $2 says "clc" (the classification it follows). */
const clcOf = (record: MarcRecord): string | undefined => {
  const field = dataFields(record, '084').find((f) => subfield(f, '2')?.trim().toLowerCase() === 'clc')
  return field && nonEmpty(subfield(field, 'a'))
}

/** 650$a with its subdivisions ($v form, $x general, $y chronological, $z geographic) joined by "--". */
const subjectsOf = (record: MarcRecord): string[] =>
  unique(
    dataFields(record, '650').flatMap((field) => {
      const texts = parts(field, 'avxyz')
      return texts[0]?.code === 'a' ? [texts.map((part) => part.text).join('--')] : []
    }),
  )

/**
 * One copy per 852 (or, in exports without 852, per local 949 laid out the same way), counted
 * per location in $b.
 */
function holdingFields(record: MarcRecord): DataField[] {
  const holdings = dataFields(record, '852')
  return holdings.length > 0 ? holdings : dataFields(record, '949')
}

/** 852$h classification part and $i item part; else the Library of Congress number of 050 ($a, $b). */
function callNumberOf(record: MarcRecord): string | undefined {
  for (const field of [...holdingFields(record), ...dataFields(record, '050')]) {
    const codes = field.tag === '050' ? 'ab' : 'hi'
    if (!field.subfields.some((s) => s.code === codes[0])) continue
    const text = subfieldValues(field, codes).map((value) => value.trim()).filter(Boolean).join(' ')
    if (text !== '') return text
  }
  return undefined
}

/** Normalises a MARC21 record: see `normalizeRecord`. */
export function normalizeMarc21(record: MarcRecord): NormalizeResult {
  const title = titleOf(record)
  if (title === undefined) return { ok: false, reason: 'no title (245$a / 200$a)' }
  const id = nonEmpty(controlField(record, '001'))
  if (id === undefined) return { ok: false, reason: 'no record identifier (001)' }
  const clc = clcOf(record)
  return {
    ok: true,
    warnings: [],
    record: compact({
      authors: unique(dataFieldsOf(record, NAME_TAGS).flatMap((field) => parts(field, 'a').map((part) => part.text))),
      callNumber: callNumberOf(record),
      clc,
      clcClass: clcClass(clc),
      holdings: sumHoldings(
        holdingFields(record).flatMap((field) => {
          const branch = nonEmpty(subfield(field, 'b'))
          return branch === undefined ? [] : [{ branch, copies: 1 }]
        }),
      ),
      id,
      isbn: isbn13s(dataFields(record, '020').flatMap((field) => subfieldValues(field, 'a'))),
      language: languageOf(record),
      publisher: publisherOf(record),
      subjects: subjectsOf(record),
      title,
      year: yearOf(record),
    }),
  }
}
