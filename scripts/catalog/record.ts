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
