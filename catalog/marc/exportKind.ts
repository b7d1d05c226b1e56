/**
 * What a file is, from its first bytes rather than its name: an export the importer reads (ISO
 * 2709, MARCXML, the catalog CSV), a container to open first (gzip, zip), or something else,
 * named as a librarian would know it ("a PNG image"). Extensions lie: an ISO 2709 file named
 * .xml, a gzip file named .mrc, a photo picked by mistake.
 */
import { isCatalogCsvHeader } from './csv'

/** The text encodings a MARCXML file can be read in. */
export type XmlEncoding = 'utf-16be' | 'utf-16le' | 'utf-8'

export type ExportKind =
  | { kind: 'csv' }
  | { kind: 'gzip' }
  | { kind: 'iso2709' }
  | { encoding: XmlEncoding; kind: 'marcxml' }
  | { kind: 'zip' }
  | { kind: 'unknown'; reason: string }

/** How many bytes are looked at: enough for an SRU envelope's header before its first record. */
export const HEAD_BYTES = 64 * 1024

/** Formats known by their first bytes that are not exports, with what to call them (“it is …”). */
const SIGNATURES: [bytes: number[], what: string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'a Microsoft Office 97–2003 file (.xls or .doc); save the catalog as “CSV UTF-8” or export MARC from the library system'],
  [[0x42, 0x5a, 0x68], 'a bzip2-compressed file, which the importer cannot open; unpack it first, or compress with gzip or zip'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz-compressed file, which the importer cannot open; unpack it first, or compress with gzip or zip'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive, which the importer cannot open; unpack it first, or use zip'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive, which the importer cannot open; unpack it first, or use zip'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'a Zstandard-compressed file, which the importer cannot open; unpack it first, or compress with gzip or zip'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 text, which the importer does not read; save it as UTF-8'],
]

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((byte, index) => head[index] === byte)

/** Line ends, blanks and NULs that some systems put between or before records. */
const isPadding = (byte: number | undefined) => byte === 0x0a || byte === 0x0d || byte === 0x20 || byte === 0x00

/**
 * Whether a record starts at `at`: a leader of printable ASCII with five digits for its length
 * or its base address, then a directory entry (a tag of three printable characters — pymarc's
 * bad_indicator.dat has “0 2” — then digits).
 */
function recordStartsAt(head: Buffer, at: number): boolean {
  const leader = head.toString('latin1', at, at + 24)
  if (leader.length < 24 || !/^[\x20-\x7e]{24}$/u.test(leader)) return false
  if (!/^\d{5}$/u.test(leader.slice(0, 5)) && !/^\d{5}$/u.test(leader.slice(12, 17))) return false
  return /^[\x20-\x7e]{3}\d{3}/u.test(head.toString('latin1', at + 24, at + 30))
}

/** ISO 2709: a record at the start, or after one of the first record terminators (a first record with a broken leader). */
function isIso2709(head: Buffer, start: number): boolean {
  let at = start
  for (let tries = 0; tries < 4 && at < head.length; tries++) {
    while (isPadding(head[at])) at++
    if (recordStartsAt(head, at)) return true
    const end = head.indexOf(0x1d, at)
    if (end === -1) return false
    at = end + 1
  }
  return false
}

/** The text encoding of a file without a byte-order mark, told by where the NULs of ASCII characters fall. */
function utf16Without(head: Buffer): XmlEncoding | undefined {
  const sample = head.subarray(0, Math.min(head.length, 16) & ~1)
  if (sample.length < 4) return undefined
  const even = sample.filter((_, index) => index % 2 === 0)
  const odd = sample.filter((_, index) => index % 2 === 1)
  if (even.every((byte) => byte === 0) && odd.every((byte) => byte !== 0)) return 'utf-16be'
  if (odd.every((byte) => byte === 0) && even.every((byte) => byte !== 0)) return 'utf-16le'
  return undefined
}

/** The head's text: from after a byte-order mark, in the encoding it gives. */
function textOf(head: Buffer, encoding: XmlEncoding, start: number): string {
  const bytes = head.subarray(start)
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes)
  const even = bytes.subarray(0, bytes.length & ~1)
  return encoding === 'utf-16le' ? even.toString('utf16le') : Buffer.from(even).swap16().toString('utf16le')
}

/** The first element's name after the XML declaration, comments, processing instructions and the doctype. */
function rootElement(text: string): string | undefined {
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/iu.exec(text)?.[0] ?? ''
  return /^<([A-Za-z_][\w.:-]*)/u.exec(text.slice(prolog.length))?.[1]
}

const MARC_IN_XML = /MARC21\/slim|marcxchange|<(?:[\w.-]+:)?(?:leader|controlfield|datafield)[\s>]/u

function xmlKind(text: string, encoding: XmlEncoding): ExportKind {
  const root = rootElement(text)
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/u.exec(text)?.[1]
  if (declared !== undefined && encoding === 'utf-8' && !/^utf-?8$/iu.test(declared)) {
    return { kind: 'unknown', reason: `it is XML in the encoding ${declared}, which the importer does not read; export MARCXML in UTF-8` }
  }
  const local = root?.slice(root.indexOf(':') + 1).toLowerCase()
  if (local === 'collection' || local === 'record' || MARC_IN_XML.test(text)) return { encoding, kind: 'marcxml' }
  if (local === 'html' || /^\s*<!DOCTYPE html/iu.test(text)) return { kind: 'unknown', reason: 'it is an HTML page' }
  return { kind: 'unknown', reason: `it is XML whose root element is <${root ?? '?'}>, with no MARC record (<record>, <leader>, the MARC21 namespace) in its first bytes` }
}

/** How the start of an unknown file is shown: its first line of text, or its first bytes in hexadecimal. */
function opening(head: Buffer, text: string): string {
  const line = text.trimStart().split(/\r?\n/u)[0]?.slice(0, 40) ?? ''
  if (line !== '' && /^[^\p{Cc}\ufffd]+$/u.test(line)) return `it starts “${line}”`
  return `it starts with the bytes ${[...head.subarray(0, 8)].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ')}`
}

/**
 * Tells the kind of a file from its first bytes (up to {@link HEAD_BYTES}): gzip and zip by
 * their magic numbers, ISO 2709 by the shape of a leader and directory, MARCXML by its root
 * element or the MARC elements and namespace after decoding UTF-8 or UTF-16 (with or without a
 * byte-order mark), the catalog CSV by its header row (docs/catalog-csv.md). Anything else is
 * `unknown`, with what it is when its signature is known.
 */
export function exportKind(head: Buffer): ExportKind {
  if (head.length === 0) return { kind: 'unknown', reason: 'it is empty' }
  if (startsWith(head, [0x1f, 0x8b])) return { kind: 'gzip' }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' }
  const signature = SIGNATURES.find(([bytes]) => startsWith(head, bytes))
  if (signature !== undefined) return { kind: 'unknown', reason: `it is ${signature[1]}` }
  if (head.toString('latin1', 257, 262) === 'ustar') return { kind: 'unknown', reason: 'it is a tar archive, which the importer cannot open; unpack it first, or use zip' }

  const bom = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) ? 2 : 0
  const encoding: XmlEncoding = startsWith(head, [0xff, 0xfe]) ? 'utf-16le' : startsWith(head, [0xfe, 0xff]) ? 'utf-16be' : (utf16Without(head) ?? 'utf-8')
  if (encoding === 'utf-8' && isIso2709(head, bom)) return { kind: 'iso2709' }
  const text = textOf(head, encoding, bom)
  if (text.trimStart().startsWith('<')) return xmlKind(text, encoding)
  const header = text.split(/\r?\n/u)[0] ?? ''
  if (isCatalogCsvHeader(header.split(','))) {
    return encoding === 'utf-8' ? { kind: 'csv' } : { kind: 'unknown', reason: 'it is a catalog CSV saved as UTF-16; save it as “CSV UTF-8”' }
  }
  if (isCatalogCsvHeader(header.split('\t'))) return { kind: 'unknown', reason: 'it is a catalog table separated by tabs, not commas; save it as “CSV UTF-8 (comma delimited)”' }
  return { kind: 'unknown', reason: `no MARC record, MARCXML or catalog CSV found in its first bytes (${opening(head, text)})` }
}
