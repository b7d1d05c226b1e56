/**
 * Which encoding a record's text is in, and strict decoding in it: text that is not valid in
 * its encoding is refused, never patched with U+FFFD.
 */
import { isAscii, isUtf8 } from 'node:buffer'

import { tail } from './fieldRules'
import { decodeMarc8, Marc8Error } from './marc8'
import type { MarcEncoding, RecordWarning } from './types'

/** An encoding a record's text can be decoded from. */
export type TextEncoding = Exclude<MarcEncoding, 'auto'>

/** A field's tag and its bytes, between its start and its field terminator. */
export type RawField = { bytes: Buffer; tag: string }

/** A field's text that cannot be decoded; the message completes "field 245 …". */
export class TextError extends Error {}

/** How messages name each encoding. */
export const ENCODING_NAMES: Record<TextEncoding, string> = { gb18030: 'GB18030', 'marc-8': 'MARC-8', 'utf-8': 'UTF-8' }

// ignoreBOM keeps a U+FEFF at the start of a field instead of silently dropping it.
const DECODERS = {
  gb18030: new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }),
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
}

/** UNIMARC 100$a/26–29 codes of the 8-bit sets that are neither Unicode nor Chinese. */
const OTHER_UNIMARC_SETS: Record<string, string> = {
  '03': 'ISO 5426 (extended Latin)',
  '04': 'ISO 5427 (Cyrillic)',
  '05': 'ISO 5428 (Greek)',
  '06': 'ISO 6438 (African)',
  '07': 'ISO 10586 (Georgian)',
  '08': 'ISO 8957 (Hebrew)',
  '09': 'ISO 8957 (Hebrew)',
  '11': 'ISO 5426-2 (Latin)',
}

/**
 * Decodes a field's bytes. Throws a {@link TextError} that says where the bad bytes are:
 * after which text, as a librarian would look for them.
 */
export function decodeText(bytes: Buffer, encoding: TextEncoding): string {
  if (isAscii(bytes) && (encoding !== 'marc-8' || !bytes.includes(0x1b))) return bytes.toString('latin1')
  if (encoding === 'marc-8') {
    try {
      return decodeMarc8(bytes)
    } catch (error) {
      if (error instanceof Marc8Error) throw new TextError(error.message)
      throw error
    }
  }
  try {
    return DECODERS[encoding].decode(bytes)
  } catch {
    const readable = new TextDecoder(encoding).decode(bytes)
    const before = readable.slice(0, readable.indexOf('\ufffd'))
    throw new TextError(`has bytes that are not valid ${ENCODING_NAMES[encoding]}${before === '' ? '' : `, after “${tail(before)}”`}`)
  }
}

/** The character sets a UNIMARC record declares in 100$a/26–29, e.g. ['01', '20'] or ['50', '  ']. */
function declaredSets(fields: RawField[]): string[] {
  const bytes = fields.find((field) => field.tag === '100')?.bytes
  const start = bytes?.indexOf('\x1fa', 0, 'latin1') ?? -1
  if (bytes === undefined || start === -1) return []
  const positions = bytes.toString('latin1', start + 2 + 26, Math.min(start + 2 + 30, bytes.length))
  return positions.length === 4 ? [positions.slice(0, 2), positions.slice(2, 4)] : []
}

/**
 * A record's encoding, with what was guessed against its own word, and the other encoding a
 * field that fails to decode may be in (`auto` only), to name in its warning.
 */
export type RecordEncoding = { encoding: TextEncoding; otherwise?: TextEncoding; warnings: RecordWarning[] }

const plainly = (encoding: TextEncoding, otherwise?: TextEncoding): RecordEncoding => ({ encoding, ...(otherwise ? { otherwise } : {}), warnings: [] })

/**
 * Whether the record is UTF-8 with a few broken fields rather than text in another encoding:
 * more of its non-ASCII bytes sit in fields that are valid UTF-8 than in fields that are not.
 */
function mostlyUtf8(fields: RawField[]): boolean {
  let valid = 0
  let invalid = 0
  for (const { bytes } of fields) {
    if (isAscii(bytes)) continue
    const nonAscii = bytes.reduce((count, byte) => count + (byte >= 0x80 ? 1 : 0), 0)
    if (isUtf8(bytes)) valid += nonAscii
    else invalid += nonAscii
  }
  return valid > invalid
}

const isGb18030 = (fields: RawField[]) =>
  fields.every(({ bytes }) => {
    try {
      DECODERS.gb18030.decode(bytes)
      return true
    } catch {
      return false
    }
  })

/**
 * The encoding of one record when the file's is `auto`. MARC21 (a 245, or no 200): leader/09
 * `a` is UTF-8 and blank is MARC-8, except that a blank-coded record without escape sequences
 * whose non-ASCII text is (mostly) UTF-8 is read as UTF-8 (exports that converted the text but
 * not the leader are common, and MARC-8 text is practically never valid UTF-8). UNIMARC and
 * CNMARC (a 200 and no 245): UTF-8 when the text is (mostly) UTF-8, else GB18030, unless its
 * 100$a/26–29 declares another 8-bit set, which GB18030 would turn into wrong text. A record
 * that declares Unicode (`50`) but whose text is valid GB18030 and not UTF-8 at all is read as
 * GB18030, with a warning: the file is GB18030 throughout. Within a UTF-8 record, the fields
 * that are not UTF-8 are then dropped one by one, each with its warning. Returns the reason
 * when no encoding fits.
 */
export function recordEncoding(leader: string, fields: RawField[], data: Buffer, option: MarcEncoding): RecordEncoding | { reason: string } {
  if (option !== 'auto') return plainly(option)
  const isUnimarc = !fields.some((field) => field.tag === '245') && fields.some((field) => field.tag === '200')
  if (isUnimarc) {
    if (isUtf8(data)) return plainly('utf-8')
    const sets = declaredSets(fields)
    const other = sets.find((code) => OTHER_UNIMARC_SETS[code] !== undefined)
    if (other !== undefined) {
      return { reason: `the record is not UTF-8 and its 100$a (positions 26–29 “${sets.join('')}”) declares ${OTHER_UNIMARC_SETS[other]}, which the importer cannot read` }
    }
    if (mostlyUtf8(fields)) return plainly('utf-8', 'gb18030')
    if (sets[0] !== '50') return plainly('gb18030')
    if (!isGb18030(fields)) return plainly('utf-8', 'gb18030')
    return {
      encoding: 'gb18030',
      warnings: [{ field: '100', message: 'the record declares Unicode (100$a/26–27 “50”) but its text is not UTF-8; it is valid GB18030 and was read as GB18030 (to read the whole file so, give the encoding gb18030)' }],
    }
  }
  const scheme = leader[9]
  if (scheme === 'a') return plainly('utf-8', 'marc-8')
  if (scheme === ' ') return !data.includes(0x1b) && !isAscii(data) && (isUtf8(data) || mostlyUtf8(fields)) ? plainly('utf-8', 'marc-8') : plainly('marc-8')
  if (isUtf8(data)) {
    return { encoding: 'utf-8', warnings: [{ field: 'LDR', message: `the leader's character coding (position 9) is “${scheme}”, which MARC does not define; the text is valid UTF-8 and was read as UTF-8` }] }
  }
  return { reason: `the leader's character coding (position 9) is “${scheme}”; the importer knows blank (MARC-8) and “a” (UTF-8)` }
}
