import type { MarcRecord } from '../marc/types'
import { normalizeCnmarc } from './cnmarc'
import type { IdentifierOptions } from './identifier'
import { normalizeMarc21 } from './marc21'
import { OTHER_TITLE_TAGS } from './marc21Titles'
import { marcSourceOf } from './marcSource'
import type { NormalizeResult } from './result'

export type { NormalizeResult } from './result'
export { readFieldSpec } from './identifier'

/** Options of normalisation that a library sets for its system's exports. */
export type NormalizeOptions = IdentifierOptions

/** What a record with neither a MARC21 nor a UNIMARC title field is refused for. */
export const NO_TITLE = 'no title at all: the record has no title field (245, 200 or another)'

/**
 * Tells MARC21 from UNIMARC/CNMARC: MARC21 has 245, UNIMARC and CNMARC have 200. A record with
 * neither is MARC21 when it has another of its title fields (880 included) or its 008, which
 * UNIMARC does not have.
 */
function isMarc21(record: MarcRecord): boolean {
  const has = (tag: string) => record.dataFields.some((field) => field.tag === tag)
  if (has('245')) return true
  if (has('200')) return false
  return [...OTHER_TITLE_TAGS, '880'].some(has) || record.controlFields.some((field) => field.tag === '008')
}

/**
 * Makes a MARC record into the catalog record the site shows and searches, with a warning for
 * each value left out or repaired (an invalid ISBN, a junk location, a language that is no
 * code, an identifier found elsewhere than in 001), and the MARC record itself kept as it was
 * read (`marc`). Only a record with no title at all is refused, with the reason.
 */
export function normalizeRecord(record: MarcRecord, options: NormalizeOptions = {}): NormalizeResult {
  const format = isMarc21(record) ? 'marc21' : 'unimarc'
  const result = format === 'marc21' ? normalizeMarc21(record, options) : normalizeCnmarc(record, options)
  if (result.ok) return { ...result, record: { ...result.record, marc: marcSourceOf(record, format) } }
  const hasTitleField = record.dataFields.some((field) => field.tag === '245' || field.tag === '200')
  return hasTitleField ? result : { ok: false, reason: NO_TITLE }
}
