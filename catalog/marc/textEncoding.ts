/**
 * Which encoding a record's text is in, and strict decoding in it: text that is not valid in
 * its encoding is refused, never patched with U+FFFD.
 */
import { isAscii, isUtf8 } from 'node:buffer'

import { tail } from './fieldRules'
import { decodeMarc8, Marc8Error } from './marc8'
import type { MarcEncoding } from './types'

/** An encoding a record's text can be decoded from. */
export type TextEncoding = Exclude<MarcEncoding, 'auto'>

/** A field's tag and its bytes, between its start and its field terminator. */
export type RawField = { bytes: Buffer; tag: string }

/** A field's text that cannot be decoded; the message completes "field 245 …". */
export class TextError extends Error {}

const ENCODING_NAMES: Record<TextEncoding, string> = { gb18030: 'GB18030', 'marc-8': 'MARC-8', 'utf-8': 'UTF-8' }

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
 * The encoding of one record when the file's is `auto`. MARC21 (a 245, or no 200): leader/09
 * `a` is UTF-8 and blank is MARC-8, except that a blank-coded record whose bytes are UTF-8 and
 * not ASCII is read as UTF-8 (exports that converted the text but not the leader are common,
 * and MARC-8 text is practically never valid UTF-8). UNIMARC and CNMARC (a 200 and no 245):
 * strict UTF-8, then GB18030 for a record that is not UTF-8, unless its 100$a/26–29 declares
 * Unicode (`50`: the text is broken, or the file is GB18030 throughout and must be read so)
 * or another 8-bit set, which GB18030 would turn into wrong text.
 * Returns the reason when no encoding fits.
 */
export function recordEncoding(leader: string, fields: RawField[], data: Buffer, option: MarcEncoding): TextEncoding | { reason: string } {
  if (option !== 'auto') return option
  const isUnimarc = !fields.some((field) => field.tag === '245') && fields.some((field) => field.tag === '200')
  if (isUnimarc) {
    const sets = declaredSets(fields)
    if (isUtf8(data)) return 'utf-8'
    if (sets[0] === '50') {
      return { reason: 'the record declares Unicode (100$a/26–27 “50”) but its text is not UTF-8; if the whole file is GB18030, read it with the encoding gb18030' }
    }
    const other = sets.find((code) => OTHER_UNIMARC_SETS[code] !== undefined)
    if (other !== undefined) {
      return { reason: `the record is not UTF-8 and its 100$a (positions 26–29 “${sets.join('')}”) declares ${OTHER_UNIMARC_SETS[other]}, which the importer cannot read` }
    }
    return 'gb18030'
  }
  const scheme = leader[9]
  if (scheme === 'a') return 'utf-8'
  if (scheme === ' ') return !data.includes(0x1b) && !isAscii(data) && isUtf8(data) ? 'utf-8' : 'marc-8'
  return { reason: `the leader's character coding (position 9) is “${scheme}”; the importer knows blank (MARC-8) and “a” (UTF-8)` }
}
