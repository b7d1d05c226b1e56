import type { CatalogItem, CatalogRecord } from '../contract'
import type { RecordWarning } from '../marc/types'
import { nonEmpty } from './text'

export type Holding = CatalogRecord['holdings'][number]

/** Adds up copies per branch, in the order the branches first appear. */
export function sumHoldings(holdings: Holding[]): Holding[] {
  const copies = new Map<string, number>()
  for (const { branch, copies: count } of holdings) copies.set(branch, (copies.get(branch) ?? 0) + count)
  return [...copies].map(([branch, count]) => ({ branch, copies: count }))
}

/** The copies per branch of a record's items. */
export const holdingsOfItems = (items: CatalogItem[]): Holding[] => sumHoldings(items.map(({ branch }) => ({ branch, copies: 1 })))

/** A copy, without the parts its field leaves empty, nor a shelf mark that is the record's call number. */
export function itemOf(parts: { barcode?: string; branch: string; location?: string; shelfMark?: string }, callNumber: string | undefined): CatalogItem {
  const barcode = nonEmpty(parts.barcode)
  const location = nonEmpty(parts.location)
  const shelfMark = nonEmpty(parts.shelfMark)
  return {
    ...(barcode === undefined ? {} : { barcode }),
    branch: parts.branch,
    ...(location === undefined ? {} : { location }),
    ...(shelfMark === undefined || shelfMark === callNumber ? {} : { shelfMark }),
  }
}

const LONGEST_CODE = 40

/**
 * Why a value of an item field's location subfield cannot be a location code, or `undefined`
 * when it may be one. Exports put barcodes and accession numbers there (`000268479`), or
 * several codes at once (`off,eax`); offered as branches, they fill the filter with noise.
 * Codes are letters of any script and digits, with spaces, `.`, `_`, `-`, `/` and brackets.
 */
export function notALocationCode(code: string): string | undefined {
  if (/[,;|，；、]/u.test(code)) return 'a list'
  if (/\d{5}/u.test(code)) return 'a long number'
  if (code.length > LONGEST_CODE) return 'too long'
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._/()（）-]*$/u.test(code)) return 'characters no code has'
  return undefined
}

/**
 * The location code of an item field's subfield, cleaned, or `undefined` when it is empty or
 * cannot be one; then the copy is left out of the branches, and a warning says so.
 */
export function locationCode(value: string | undefined, where: { field: string; subfield: string }, warnings: RecordWarning[]): string | undefined {
  const code = nonEmpty(value)
  if (code === undefined) return undefined
  const problem = notALocationCode(code)
  if (problem === undefined) return code
  warnings.push({ field: where.field, message: `location "${code}" in ${where.field}$${where.subfield} is not a location code (${problem}): its copy is not counted at a branch` })
  return undefined
}
