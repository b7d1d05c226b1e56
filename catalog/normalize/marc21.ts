import type { CatalogItem, VernacularText } from '../contract'
import type { DataField, MarcRecord, RecordWarning } from '../marc/types'
import { alternateScriptFields } from './alternateScript'
import { clcClass } from './clc'
import { compact, compactPart, nonEmptyList } from './compact'
import { holdingsOfItems, itemOf, locationCode } from './holdings'
import { type IdentifierOptions, recordId } from './identifier'
import { validIsbns } from './isbn'
import { languageCode } from './language'
import { describedInScript, describeMarc21, publicationFields } from './marc21Description'
import { mainTitle, OTHER_TITLE_TAGS, otherTitles } from './marc21Titles'
import { controlField, dataFields, dataFieldsOf, firstSubfield, isbdParts, subfield, subfieldValues } from './marcFields'
import type { NormalizeResult } from './result'
import { nonEmpty, stripIsbdPunctuation, unique, yearFrom } from './text'

const NAME_TAGS = ['100', '110', '111', '700', '710', '711']

/** What a MARC21 record without any title is refused for. */
export const NO_MARC21_TITLE = `no title at all: 245, its 880 and ${OTHER_TITLE_TAGS.join(', ')} hold none`

const authorsOf = (record: MarcRecord): string[] =>
  unique(dataFieldsOf(record, NAME_TAGS).flatMap((field) => isbdParts(field, 'a').map((part) => part.text)))

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
function yearOf(record: MarcRecord, warnings: RecordWarning[]): number | undefined {
  const coded = yearFrom(controlField(record, '008')?.slice(7, 11))
  if (coded !== undefined) return coded
  const fields = publicationFields(record)
  const date = nonEmpty(firstSubfield(fields, 'c'))
  const year = yearFrom(date)
  if (date !== undefined && year === undefined) warnings.push({ field: fields[0]!.tag, message: `no year in the date "${date}": left out` })
  return year
}

/**
 * 008/35–37 when it names a language, else the first language of 041$a; read as ISO 639-2
 * codes, a value that names none left out with a warning.
 */
function languageOf(record: MarcRecord, warnings: RecordWarning[]): string | undefined {
  const sources: [string, string | undefined][] = [
    ['008', controlField(record, '008')?.slice(35, 38)],
    ['041', firstSubfield(dataFields(record, '041'), 'a')],
  ]
  for (const [tag, value] of sources) {
    if (value === undefined) continue
    const { code, problem } = languageCode(value)
    if (problem !== undefined) warnings.push({ field: tag, message: problem })
    if (code !== undefined) return code
  }
  return undefined
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
      const texts = isbdParts(field, 'avxyz')
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

/** 852$h classification part and $i item part. */
function shelfMarkOf(field: DataField): string | undefined {
  if (!field.subfields.some((s) => s.code === 'h')) return undefined
  return nonEmpty(subfieldValues(field, 'hi').map((value) => value.trim()).filter(Boolean).join(' '))
}

/** The first copy's shelf mark; else the Library of Congress number of 050 ($a, $b). */
function callNumberOf(record: MarcRecord): string | undefined {
  for (const field of holdingFields(record)) {
    const shelfMark = shelfMarkOf(field)
    if (shelfMark !== undefined) return shelfMark
  }
  for (const field of dataFields(record, '050')) {
    if (!field.subfields.some((s) => s.code === 'a')) continue
    const text = subfieldValues(field, 'ab').map((value) => value.trim()).filter(Boolean).join(' ')
    if (text !== '') return text
  }
  return undefined
}

/** One copy a holdings field: $b its location code, $c where in it, $p its barcode. */
const itemsOf = (record: MarcRecord, callNumber: string | undefined, warnings: RecordWarning[]): CatalogItem[] =>
  holdingFields(record).flatMap((field) => {
    const branch = locationCode(subfield(field, 'b'), { field: field.tag, subfield: 'b' }, warnings)
    if (branch === undefined) return []
    return [itemOf({ barcode: subfield(field, 'p'), branch, location: subfield(field, 'c'), shelfMark: shelfMarkOf(field) }, callNumber)]
  })

/** Series statements (490$a, 440$a), series added entries (830$a) and name/title series (800–811$t), without their numbers (" ; 37"). */
const seriesOf = (record: MarcRecord): string[] =>
  unique(
    [
      ...dataFieldsOf(record, ['490', '440', '830']).flatMap((field) => subfieldValues(field, 'a')),
      ...dataFieldsOf(record, ['800', '810', '811']).flatMap((field) => subfieldValues(field, 't')),
    ]
      .map((text) => stripIsbdPunctuation(text.split(/\s;\s/u)[0]!))
      .filter(Boolean),
  )

/**
 * The title, authors, publisher, other titles, responsibility, edition and place that the 880
 * fields give in their own script, leaving out what is the same as the romanised text.
 */
function vernacularOf(
  record: MarcRecord,
  romanised: { authors: string[]; otherTitles: string[]; publisher?: string; title?: string },
  warnings: RecordWarning[],
): VernacularText | undefined {
  const fields = alternateScriptFields(record, warnings)
  if (fields.length === 0) return undefined
  const alternate: MarcRecord = { ...record, dataFields: fields }
  const title = mainTitle(alternate)
  const publisher = publisherOf(alternate)
  const titleWarnings: RecordWarning[] = []
  const others = otherTitles(alternate, title, titleWarnings)
  warnings.push(...titleWarnings.map(({ message }) => ({ field: '880', message: `880 of ${message}` })))
  const described = describedInScript(record)
  const inScript = describedInScript(alternate)
  const differing = (key: keyof typeof inScript) => (inScript[key] === described[key] ? undefined : inScript[key])
  return compactPart({
    authors: nonEmptyList(authorsOf(alternate).filter((name) => !romanised.authors.includes(name))),
    edition: differing('edition'),
    place: differing('place'),
    responsibility: differing('responsibility'),
    otherTitles: nonEmptyList(others.filter((text) => !romanised.otherTitles.includes(text))),
    publisher: publisher === romanised.publisher ? undefined : publisher,
    title: title === romanised.title ? undefined : title,
  })
}

/**
 * Normalises a MARC21 record: see `normalizeRecord`. The title is that of 245; a record
 * without one takes it from its 880 of 245, else from its first other title, with a warning.
 */
export function normalizeMarc21(record: MarcRecord, options: IdentifierOptions = {}): NormalizeResult {
  const warnings: RecordWarning[] = []
  const title245 = mainTitle(record)
  const others = otherTitles(record, title245, warnings)
  const authors = authorsOf(record)
  const publisher = publisherOf(record)
  const vernacular = vernacularOf(record, { authors, otherTitles: others, publisher, title: title245 }, warnings)
  const title = title245 ?? vernacular?.title ?? others[0]
  if (title === undefined) return { ok: false, reason: NO_MARC21_TITLE }
  if (title245 === undefined) {
    warnings.push({ field: '245', message: `245 holds no title: the title is taken from ${title === vernacular?.title ? 'its 880' : 'the other titles'}` })
  }
  const clc = clcOf(record)
  const callNumber = callNumberOf(record)
  const items = itemsOf(record, callNumber, warnings)
  const content = {
    authors,
    callNumber,
    clc,
    clcClass: clcClass(clc),
    description: describeMarc21(record),
    holdings: holdingsOfItems(items),
    isbn: validIsbns(
      dataFields(record, '020').flatMap((field) => subfieldValues(field, 'a')),
      '020',
      warnings,
    ),
    items: nonEmptyList(items),
    language: languageOf(record, warnings),
    otherTitles: nonEmptyList(others.filter((text) => text !== title)),
    publisher,
    series: nonEmptyList(seriesOf(record)),
    subjects: subjectsOf(record),
    title,
    // A title taken from the 880 is not shown twice.
    vernacular: vernacular && compactPart({ ...vernacular, title: vernacular.title === title ? undefined : vernacular.title }),
    year: yearOf(record, warnings),
  }
  const id = recordId(record, content, options, warnings)
  return { ok: true, record: compact({ ...content, id }), warnings }
}

