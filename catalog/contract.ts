/**
 * What the catalog's import writes and the site reads (the catalog page, the record page, the
 * site build): the record, the manifest of an import, the summaries shown with search results,
 * and which record-data file holds a record. Types and pure functions only: the browser loads it.
 */

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
  /** The record's own identifier in the library system (001), stable between exports. */
  id: string
  /** ISBNs as ISBN-13 digits, without hyphens. */
  isbn: string[]
  /** ISO 639-2 code, e.g. `chi`, `eng`. */
  language?: string
  publisher?: string
  subjects: string[]
  title: string
  /** The title in pinyin when the record gives it (CNMARC 200$A). */
  titlePinyin?: string
  year?: number
}

/** `manifest.json` of an import: what the catalog page needs before the first search. */
export type CatalogManifest = {
  /** How many record-data files (`records/<n>.json`) there are; see bucketOf. */
  buckets: number
  builtAt: string
  /** The values each filter offers, and the range of years. */
  filters: { branch: string[]; class: string[]; language: string[]; years: [number, number] | null }
  records: number
  /** The search index's shards (`pagefind/<shard>/`), searched together. */
  shards: string[]
}

/**
 * A record as a search result shows it, stored with the search index (Pagefind metadata, which
 * every hit carries): single-letter keys, because every hit downloads them.
 */
export type RecordSummary = {
  /** Authors. */
  a: string[]
  /** Branches (service-point codes) holding copies. */
  b: string[]
  /** CLC class number. */
  c?: string
  /** Publisher. */
  p?: string
  /** Year of publication. */
  y?: number
}

/** Records per record-data file: a record page loads one of these. */
export const RECORDS_PER_BUCKET = 250

/** The record-data file a record id lives in (FNV-1a hash of the id). */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
  return hash % buckets
}
