/**
 * What the catalog's import writes and the site reads (the catalog page, the record page, the
 * site build): the record, the manifest of an import, and which record-data file holds a record. Types and pure functions only: the browser loads it.
 */
import type { IndexManifest } from './search/format'

/** A catalog record as the library's site shows and searches it, whatever format it came in. */
export type CatalogRecord = {
  /** Authors and other responsible people or bodies, in the order the record gives them. */
  authors: string[]
  /** The library's call number (索取号), when the export carries one. */
  callNumber?: string
  /** Chinese Library Classification number (中图法), e.g. `I247.5`. */
  clc?: string
  /** Its top-level class, the first letter: `I` (literature), `TP` stays `T`. */
  clcClass?: string
  /** What the record page shows of the record beyond what is searched: its descriptive areas as catalogued. */
  description?: RecordDescription
  /** Copies per branch or service point: what the search filters by. */
  holdings: { branch: string; copies: number }[]
  /**
   * The record's identifier, stable between exports: its own in the library system (001, or
   * the field the library configures, or its system control number 035$a), else `hash-` and a
   * hash of its title, authors, publisher, year and ISBNs.
   */
  id: string
  /** ISBNs as ISBN-13 digits, without hyphens. */
  isbn: string[]
  /** The copies the export lists, one an item field, in record order; none for a CSV export, which gives only counts. */
  items?: CatalogItem[]
  /** ISO 639-2 bibliographic code, e.g. `chi`, `eng`, `fre`; see the site's language names. */
  language?: string
  /** The MARC record as the export gave it, for the MARC view and the downloads; none for a CSV export. */
  marc?: MarcSource
  /**
   * Parallel, variant, uniform and added titles (MARC21 130, 240, 242, 246, 730, 740; CNMARC
   * 200$d, 500, 510–517, 540, 541), without the title itself.
   */
  otherTitles?: string[]
  publisher?: string
  /** The series the book belongs to, without its number (MARC21 490, 440, 800–830; CNMARC 225, 410). */
  series?: string[]
  subjects: string[]
  title: string
  /** The title in pinyin when the record gives it (CNMARC 200$A). */
  titlePinyin?: string
  /**
   * The record's text in its own script where the fields above give it romanised (MARC21 880):
   * a Chinese book catalogued in pinyin has its characters here. Shown beside the romanised
   * text, and searched like it.
   */
  vernacular?: VernacularText
  year?: number
}

/** One copy of a record, as its item field (MARC21 852, CNMARC 905) gives it. */
export type CatalogItem = {
  /** Its barcode or accession number (条码号, 登录号): what the library system's item-status export names it by. */
  barcode?: string
  /** The location code of the branch or service point that holds it, as in `holdings`. */
  branch: string
  /** Where in the branch, as the export codes it: a collection or reading room (852$c, 905$c). */
  location?: string
  /** Its shelf mark (索书号) when it differs from the record's call number. */
  shelfMark?: string
}

/** What a record gives in its own script: only what differs from the romanised text. */
export type VernacularText = {
  authors?: string[]
  edition?: string
  otherTitles?: string[]
  place?: string
  publisher?: string
  responsibility?: string
  title?: string
}

/**
 * A record's descriptive areas as the cataloguer transcribed them (ISBD), for display: MARC21
 * 245$c, 246, 250, 260/264, 300, 490, 5XX, 020$q$c; CNMARC 200$f$g$d, 510, 205, 210, 215, 225,
 * 3XX, 010$b$d. ISBD punctuation between subfields is kept, that at the end dropped.
 */
export type RecordDescription = {
  /** Contents: one entry a work or chapter (505, 327). */
  contents?: string[]
  /** Edition statement: "2nd ed.", "第2版". */
  edition?: string
  /** What the ISBN fields add to each valid ISBN (its ISBN-13 digits): the binding or volume it names, the price. */
  isbnTerms?: { isbn: string; price?: string; qualifier?: string }[]
  /** General notes, one a field, in record order (5XX but contents and summary; 3XX but 327 and 330). */
  notes?: string[]
  /** Titles in another language that the title page gives (246 second indicator 1, 200$d, 510). */
  parallelTitles?: string[]
  /** Extent, illustrations, size, accompanying material: "306页 : 图 ; 27cm". */
  physical?: string
  /** Place of publication, several joined by " ; ". */
  place?: string
  /** The date of publication as transcribed, when it says more than the year: "2014.03", "c1984". */
  publicationDate?: string
  /** The statement of responsibility as transcribed: "国家统计局编", "by J.K. Rowling". */
  responsibility?: string
  /** Series statements with their numbering, each linked to the series it names in `series`. */
  seriesStatements?: { number?: string; title: string }[]
  /** Summaries and abstracts (520, 330). */
  summary?: string[]
}

/**
 * A MARC record kept as the export gave it (after its encoding was read), compact in the records
 * file and enough for a MARC view and for writing it out again as ISO 2709 or MARCXML: its
 * control fields, each its tag and value, and its data fields, each its tag, two indicators and
 * its subfields, each SUBFIELD_DELIMITER, its code and its value. Two noncharacters (Unicode's code points
 * for a program's own use, which no text holds) separate them, where JSON would write ISO 2709's
 * own separators six bytes long.
 */
export type MarcSource = {
  control: string
  data: string
  /** Which MARC: the tags mean different things in each. */
  format: 'marc21' | 'unimarc'
  leader: string
}

/** What stands between the fields of a MarcSource (U+FDD0). */
export const FIELD_SEPARATOR = '\ufdd0'
/** What stands before each subfield of a MarcSource's data field, as ISO 2709's subfield delimiter does (U+FDD1). */
export const SUBFIELD_DELIMITER = '\ufdd1'

/** `manifest.json` of an import: what the catalog page needs before the first search. */
export type CatalogManifest = {
  /** How many record-data files (`records/<n>.json`) there are; see bucketOf. */
  buckets: number
  builtAt: string
  /** The search index (`index/`, docs/catalog-index.md): its files, and the values and counts of its filters. */
  index: IndexManifest
  records: number
  /** True for the sample catalog a fresh installation starts with, until the library's first import replaces it. */
  sample?: boolean
  /** The first and last year of publication, for the year filter. */
  years: [number, number] | null
}

/** What the library system's item-status export says of a copy (docs/catalog-availability.md). */
export const COPY_STATUSES = ['on-shelf', 'on-loan', 'in-transit', 'lost'] as const
export type CopyStatus = (typeof COPY_STATUSES)[number]

/** A copy in an availability file: its barcode, status, location code (or null) and, on loan, the day it is due (YYYY-MM-DD, or null). */
export type CopyState = [barcode: string, status: CopyStatus, location: string | null, due: string | null]

/** Where the site serves the copies' availability: `manifest.json` (AvailabilityManifest), `records/<n>.json` ({ record id: CopyState[] }), `on-shelf.<index build>.bin`. */
export const AVAILABILITY_ADDRESS = '/catalog/data/availability/'

/** Records per availability file: a record page loads one of these, a few kilobytes. */
export const RECORDS_PER_AVAILABILITY_FILE = 64

/** `availability/manifest.json`: what the last item-status import brought. */
export type AvailabilityManifest = {
  /** How many availability files (`records/<n>.json`) there are; see bucketOf. A file with no copies is left out. */
  buckets: number
  /** When the library system made the export: record pages show it, and say when it is older than staleAfterHours. */
  exportedAt: string
  importedAt: string
  items: number
  records: number
  staleAfterHours: number
  statuses: Record<CopyStatus, number>
}

/**
 * The records with a copy on the shelf, for the "on shelf now" filter: a bit a record number of
 * the index (`on-shelf.<index build>.bin`, the lowest bit of byte 0 record 0).
 */
export const isOnShelf = (bits: Uint8Array, doc: number): boolean => ((bits[doc >> 3] ?? 0) & (1 << (doc & 7))) !== 0

/** `classes.json` of an import: its records per CLC class, three levels down (`I`, `I2`, `I24`), for browsing by class. */
export type ClassCounts = Record<string, number>
export const CLASSES_FILE = 'classes.json'

/** `arrivals.json` of an import: the records imports added in the last ARRIVAL_WEEKS weeks (arrivals.ts), newest first. */
export const ARRIVALS_FILE = 'arrivals.json'
export const ARRIVAL_WEEKS = 8
export type Arrival = { added: string; authors: string[]; clcClass?: string; id: string; publisher?: string; title: string; year?: number }
/** The new arrivals' feeds, one a language: `new-arrivals.zh.xml`, `new-arrivals.en.xml`. */
export const arrivalsFeedFile = (locale: 'en' | 'zh') => `new-arrivals.${locale}.xml`

/** Records per record-data file: a record page loads one of these. */
export const RECORDS_PER_BUCKET = 250

/** The record-data file a record id lives in (FNV-1a hash of the id). */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
  return hash % buckets
}
