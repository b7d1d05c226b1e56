/**
 * MARC-8 to Unicode, for MARC21 records whose leader/09 is blank. Every MARC-8 set is decoded:
 * ASCII, ANSEL (extended Latin, with its combining diacritics) and the small Greek-symbol,
 * subscript and superscript sets, written out here; CJK (EACC, three bytes a character),
 * Hebrew, Arabic, Cyrillic and Greek from the tables of marc8Sets.json. Tables: Library of
 * Congress, "MARC 21 Specifications, Code Tables".
 *
 * Written here because the npm package `marc8` (0.0.4), measured on the real MARC-8 fixtures,
 * leaves its output decomposed (its normalisation never runs), drops a diacritic at the end of a
 * field, crashes on an escape sequence cut short, and throws strings instead of errors. On EACC
 * (measured 2026-12 against MARC::Charset 1.35 and yaz-iconv 5.34) it also fails on a blank
 * between two CJK characters (it reads the blank as part of a three-byte code, where LC, yaz and
 * MARC::Charset keep a single-byte space), turns a cut-short code into "NaN", and maps the three
 * EACC characters outside Unicode's first plane (U+2251B, U+22C4D, U+212C4) to 〓. Its EACC
 * table also differs from MARC::Charset's in 13 codes and lacks 6; yaz's lacks 828 of
 * MARC::Charset's 15,738 and agrees on all the others. So the tables are generated from
 * MARC::Charset, the most complete (scripts/catalog/marc8Tables.ts).
 */
import { showByte, tail } from './fieldRules'
import { type CharacterSet, generatedSet } from './marc8Sets'

/** A field that the MARC-8 decoder cannot turn into Unicode; the message says why, for a librarian. */
export class Marc8Error extends Error {}

const ESC = 0x1b

/** ANSEL, by byte (0xA1–0xFE). 0xE0 and above are combining diacritics. */
const ANSEL: Record<number, string> = {
  0xa1: '\u0141', 0xa2: '\u00d8', 0xa3: '\u0110', 0xa4: '\u00de', 0xa5: '\u00c6', 0xa6: '\u0152', 0xa7: '\u02b9',
  0xa8: '\u00b7', 0xa9: '\u266d', 0xaa: '\u00ae', 0xab: '\u00b1', 0xac: '\u01a0', 0xad: '\u01af', 0xae: '\u02bc',
  0xb0: '\u02bb', 0xb1: '\u0142', 0xb2: '\u00f8', 0xb3: '\u0111', 0xb4: '\u00fe', 0xb5: '\u00e6', 0xb6: '\u0153',
  0xb7: '\u02ba', 0xb8: '\u0131', 0xb9: '\u00a3', 0xba: '\u00f0', 0xbc: '\u01a1', 0xbd: '\u01b0',
  0xc0: '\u00b0', 0xc1: '\u2113', 0xc2: '\u2117', 0xc3: '\u00a9', 0xc4: '\u266f', 0xc5: '\u00bf', 0xc6: '\u00a1',
  0xc7: '\u00df', 0xc8: '\u20ac',
  0xe0: '\u0309', 0xe1: '\u0300', 0xe2: '\u0301', 0xe3: '\u0302', 0xe4: '\u0303', 0xe5: '\u0304', 0xe6: '\u0306',
  0xe7: '\u0307', 0xe8: '\u0308', 0xe9: '\u030c', 0xea: '\u030a', 0xeb: '\ufe20', 0xec: '\ufe21', 0xed: '\u0315',
  0xee: '\u030b', 0xef: '\u0310', 0xf0: '\u0327', 0xf1: '\u0328', 0xf2: '\u0323', 0xf3: '\u0324', 0xf4: '\u0325',
  0xf5: '\u0333', 0xf6: '\u0332', 0xf7: '\u0326', 0xf8: '\u031c', 0xf9: '\u032e', 0xfa: '\ufe22', 0xfb: '\ufe23',
  0xfe: '\u0313',
}

const SUBSCRIPT: Record<number, string> = {
  0x28: '\u208d', 0x29: '\u208e', 0x2b: '\u208a', 0x2d: '\u208b',
  ...Object.fromEntries(Array.from({ length: 10 }, (_, digit) => [0x30 + digit, String.fromCharCode(0x2080 + digit)])),
}

const SUPERSCRIPT: Record<number, string> = {
  0x28: '\u207d', 0x29: '\u207e', 0x2b: '\u207a', 0x2d: '\u207b', 0x30: '\u2070', 0x31: '\u00b9', 0x32: '\u00b2', 0x33: '\u00b3',
  ...Object.fromEntries(Array.from({ length: 6 }, (_, index) => [0x34 + index, String.fromCharCode(0x2074 + index)])),
}

const GREEK_SYMBOLS: Record<number, string> = { 0x61: '\u03b1', 0x62: '\u03b2', 0x63: '\u03b3' }

/** Nonfiling markers and joiners, kept as the Unicode characters LC maps them to. */
const CONTROLS: Record<number, string> = { 0x88: '\u0098', 0x89: '\u009c', 0x8d: '\u200d', 0x8e: '\u200c' }

/** Sets are looked up by their 7-bit position, so that ASCII and ANSEL work as G0 and as G1. */
const latinSet = (name: string, table?: Record<number, string>, combining = (_: string) => false): CharacterSet => ({
  combining,
  get: (code) => (table === undefined ? (code > 0x20 && code < 0x7f ? String.fromCharCode(code) : undefined) : table[code]),
  name,
  width: 1,
})
const ANSEL_COMBINING = new Set(Object.entries(ANSEL).flatMap(([byte, character]) => (Number(byte) >= 0xe0 ? [character] : [])))
const BASIC_LATIN = latinSet('ASCII')
const EXTENDED_LATIN = latinSet(
  'ANSEL',
  Object.fromEntries(Object.entries(ANSEL).map(([byte, character]) => [Number(byte) & 0x7f, character])),
  (character) => ANSEL_COMBINING.has(character),
)

/** Final characters of the escape sequences that designate a Latin set (ESC ( B, ESC ) E…); the others are in marc8Sets.json. */
const DESIGNATED: Record<string, CharacterSet> = { B: BASIC_LATIN, E: EXTENDED_LATIN }
/** Technique 2: ESC followed by one character switches G0 alone. */
const SWITCHED: Record<string, CharacterSet> = {
  b: latinSet('subscript', SUBSCRIPT),
  g: latinSet('Greek symbols', GREEK_SYMBOLS),
  p: latinSet('superscript', SUPERSCRIPT),
  s: BASIC_LATIN,
}

const printable = (bytes: Uint8Array) => [...bytes].map((byte) => (byte === ESC ? 'ESC' : String.fromCharCode(byte))).join(' ')
const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join('')

/**
 * Decodes MARC-8 bytes (one field or subfield) into Unicode text in NFC. Each call starts in
 * the default sets, ASCII (G0) and ANSEL (G1). Diacritics, which MARC-8 puts before their
 * letter, come after it as Unicode wants. In EACC a character is three bytes, but a blank and
 * the control characters stay one byte, as in LC's tables and yaz. Throws a
 * {@link Marc8Error} for an unknown escape sequence, a byte or EACC code no set defines, an
 * EACC character cut short, or a diacritic without a letter.
 */
export function decodeMarc8(bytes: Uint8Array): string {
  let g0 = BASIC_LATIN
  let g1 = EXTENDED_LATIN
  let text = ''
  let marks = ''
  function fail(problem: string): never {
    throw new Marc8Error(`${problem}${text === '' ? '' : `, after “${tail(text)}”`}`)
  }

  /** Reads the escape sequence at `at`, switches G0 or G1, and returns where the text goes on. */
  const designate = (at: number): number => {
    const first = bytes[at + 1]
    if (first === undefined) fail('ends with an unfinished MARC-8 escape sequence')
    const switched = SWITCHED[String.fromCharCode(first)]
    if (switched !== undefined) {
      g0 = switched
      return at + 2
    }
    let next = at + 1
    const multibyte = bytes[next] === 0x24
    if (multibyte) next++
    let target: 'G0' | 'G1' | undefined
    const intermediate = bytes[next]
    if (intermediate === 0x28 || intermediate === 0x2c) target = 'G0'
    else if (intermediate === 0x29 || intermediate === 0x2d) target = 'G1'
    if (target !== undefined) next++
    else if (multibyte) target = 'G0' // "ESC $ 1": a multibyte G0 set without an intermediate
    if (bytes[next] === 0x21) next++ // "ESC ) ! E": ANSEL with its intermediate
    const final = bytes[next]
    const sequence = printable(bytes.subarray(at, next + 1))
    if (final === undefined) fail(`ends with an unfinished MARC-8 escape sequence (${sequence})`)
    const name = String.fromCharCode(final)
    const found = DESIGNATED[name] ?? generatedSet(name)
    const set = found !== undefined && (found.width === 3) === multibyte ? found : undefined
    if (target === undefined || set === undefined) fail(`has an unknown MARC-8 escape sequence (${sequence})`)
    if (target === 'G0') g0 = set
    else g1 = set
    return next + 1
  }

  /** Decodes the character starting at `at` in `set`; returns where the next one starts. */
  const put = (set: CharacterSet, at: number): number => {
    const code = bytes.subarray(at, at + set.width)
    if (code.length < set.width || code.some((byte) => (byte & 0x7f) < 0x20)) {
      fail(`has an incomplete MARC-8 ${set.name} character (bytes ${hex(code)})`)
    }
    const character = set.get(code.reduce((value, byte) => (value << 8) | (byte & 0x7f), 0))
    if (character === undefined) fail(set.width === 1 ? `has ${showByte(code[0] ?? 0)}, which the MARC-8 ${set.name} set does not define` : `has the code ${hex(code)}, which the MARC-8 ${set.name} set does not define`)
    else if (set.combining(character)) marks += character
    else {
      text += character + marks
      marks = ''
    }
    return at + set.width
  }

  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at] ?? 0
    if (byte === ESC) {
      at = designate(at)
      continue
    }
    if (byte < 0x20 || byte === 0x7f || (byte >= 0x80 && byte <= 0xa0) || byte === 0xff) {
      const control = CONTROLS[byte] ?? (byte < 0x20 ? String.fromCharCode(byte) : undefined)
      if (control === undefined) fail(`has ${showByte(byte)}, which is not a MARC-8 character`)
      else if (marks !== '' && byte < 0x20) fail('has a diacritic with no letter after it')
      else text += control
      at++
    } else if (byte === 0x20) {
      text += ' ' + marks
      marks = ''
      at++
    } else at = put(byte < 0x80 ? g0 : g1, at)
  }
  if (marks !== '') fail('ends with a diacritic that has no letter after it')
  return text.normalize('NFC')
}
