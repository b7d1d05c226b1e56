import { createHash } from 'node:crypto'

import type { CatalogRecord } from '../contract'
import type { MarcRecord, RecordWarning } from '../marc/types'
import { controlField, dataFields, subfieldValues } from './marcFields'
import { nonEmpty } from './text'

/** A field that holds a value: a control field (`009`), or a data field's subfield (`999$c`). */
export type FieldSpec = { code?: string; tag: string }

/**
 * Reads a field as a setting names it: `999$c` (Koha's biblionumber), `035$a`, or a control
 * field `009`. Throws, naming the value, when it is none of these.
 */
export function readFieldSpec(spec: string): FieldSpec {
  const match = /^\s*(\d{3})(?:\s*\$\s*([a-z0-9]))?\s*$/iu.exec(spec)
  const [, tag, code] = match ?? []
  if (tag === undefined || (tag < '010') === (code !== undefined)) {
    throw new Error(`"${spec}" names no field that holds a record identifier: give a data field and subfield such as 999$c, or a control field such as 009`)
  }
  return code === undefined ? { tag } : { code, tag }
}

const specText = ({ code, tag }: FieldSpec) => (code === undefined ? tag : `${tag}$${code}`)

/** The first non-empty value of a field, by its spec. */
function valueOf(record: MarcRecord, { code, tag }: FieldSpec): string | undefined {
  if (code === undefined) return nonEmpty(controlField(record, tag))
  return dataFields(record, tag)
    .flatMap((field) => subfieldValues(field, code))
    .map(nonEmpty)
    .find((value) => value !== undefined)
}

/**
 * A system control number (035$a) written one way: without spaces, and OCLC numbers as
 * `(OCoLC)` and the number without the `ocm`/`ocn`/`on` prefix or leading zeros, however the
 * export wrote them. `undefined` for a value that is no number at all.
 */
export function systemNumber(value: string): string | undefined {
  const text = value.replace(/\s+/gu, '')
  const oclc = /^(?:\(OCoLC\))?(?:ocm|ocn|on)?0*(\d+)$/iu.exec(text)
  if (oclc && (/^\(OCoLC\)/iu.test(text) || /^o[cn]/iu.test(text))) return `(OCoLC)${oclc[1]}`
  return /^(\([^()]+\))?[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u.test(text) && /\d/u.test(text) ? text : undefined
}

/** Text as the content hash sees it: case, spacing and punctuation do not count. */
const hashText = (text: string | undefined) => (text ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * An identifier made from what a record says of its book: the title, authors, publisher, year
 * and ISBNs as normalised. Another export of the same record gets the same one; two records
 * that say the same of the same book get the same one, and are one book in the catalog.
 */
export function contentHash(record: Omit<CatalogRecord, 'id'>): string {
  const content = [hashText(record.title), record.authors.map(hashText), hashText(record.publisher), record.year ?? null, [...record.isbn].sort()]
  return `hash-${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16)}`
}

/** Options of normalisation that a library sets for its system's exports. */
export type IdentifierOptions = {
  /** Where the library system writes its record identifier when not in 001, e.g. `999$c`; see readFieldSpec. */
  idField?: string
}

/**
 * The record's identifier, stable between exports: its 001; else the configured field; else
 * its first system control number (035$a); else a hash of its content. A record identified
 * otherwise than by its 001 gets a warning saying how.
 */
export function recordId(record: MarcRecord, content: Omit<CatalogRecord, 'id'>, options: IdentifierOptions, warnings: RecordWarning[]): string {
  const own = nonEmpty(controlField(record, '001'))
  if (own !== undefined) return own
  const identified = (id: string, how: string) => {
    warnings.push({ field: '001', message: `no record identifier in 001: identified by ${how}: ${id}` })
    return id
  }
  const configured = options.idField === undefined ? undefined : readFieldSpec(options.idField)
  const fromSetting = configured && valueOf(record, configured)
  if (fromSetting !== undefined) return identified(fromSetting, `its ${specText(configured!)}`)
  const number = dataFields(record, '035')
    .flatMap((field) => subfieldValues(field, 'a'))
    .map(systemNumber)
    .find((value) => value !== undefined)
  if (number !== undefined) return identified(number, 'its system control number (035$a)')
  return identified(contentHash(content), 'a hash of its title, authors, publisher, year and ISBNs (the same in every export)')
}

/**
 * The identifier of a record an export marks deleted (leader/05 `d`): its 001, else the
 * configured field, else its system control number; undefined when it has none of them (a
 * deleted record is often a stub, without the content a hash would be taken from).
 */
export function deletedRecordId(record: MarcRecord, options: IdentifierOptions): string | undefined {
  const own = nonEmpty(controlField(record, '001'))
  if (own !== undefined) return own
  const configured = options.idField === undefined ? undefined : readFieldSpec(options.idField)
  const fromSetting = configured && valueOf(record, configured)
  if (fromSetting !== undefined) return fromSetting
  return dataFields(record, '035')
    .flatMap((field) => subfieldValues(field, 'a'))
    .map(systemNumber)
    .find((value) => value !== undefined)
}
