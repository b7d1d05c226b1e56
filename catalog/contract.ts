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
  /** Copies per branch or service point. */
  holdings: { branch: string; copies: number }[]
  /**
   * The record's identifier, stable between exports: its own in the library system (001, or
   * the field the library configures, or its system control number 035$a), else `hash-` and a
   * hash of its title, authors, publisher, year and ISBNs.
   */
  id: string
  /** ISBNs as ISBN-13 digits, without hyphens. */
  isbn: string[]
  /** ISO 639-2 bibliographic code, e.g. `chi`, `eng`, `fre`; see the site's language names. */
  language?: string
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

/** What a record gives in its own script: only what differs from the romanised text. */
export type VernacularText = {
  authors?: string[]
  otherTitles?: string[]
  publisher?: string
  title?: string
}

/** `manifest.json` of an import: what the catalog page needs before the first search. */
export type CatalogManifest = {
  /** How many record-data files (`records/<n>.json`) there are; see bucketOf. */
  buckets: number
  builtAt: string
  /** The search index (`index/`, docs/catalog-index.md): its files, and the values and counts of its filters. */
  index: IndexManifest
  records: number
  /** The first and last year of publication, for the year filter. */
  years: [number, number] | null
}

/** Records per record-data file: a record page loads one of these. */
export const RECORDS_PER_BUCKET = 250

/** The record-data file a record id lives in (FNV-1a hash of the id). */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
  return hash % buckets
}
