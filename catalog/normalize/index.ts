import type { MarcRecord } from '../marc/types'
import { normalizeCnmarc } from './cnmarc'
import { normalizeMarc21 } from './marc21'
import type { NormalizeResult } from './result'

export type { NormalizeResult } from './result'

/**
 * Makes a MARC record into the catalog record the site shows and searches. The format is told
 * by the title field: MARC21 has 245, UNIMARC and CNMARC have 200. A record without a title or
 * without an identifier (001) is refused with the reason; an invalid ISBN is dropped, not the
 * record.
 */
export function normalizeRecord(record: MarcRecord): NormalizeResult {
  if (record.dataFields.some((field) => field.tag === '245')) return normalizeMarc21(record)
  if (record.dataFields.some((field) => field.tag === '200')) return normalizeCnmarc(record)
  return { ok: false, reason: 'no title (245$a / 200$a)' }
}
