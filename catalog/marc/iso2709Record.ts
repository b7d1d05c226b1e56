/**
 * One ISO 2709 record, from its leader to its record terminator: decoded leniently, as the
 * permissive readers of marc4j and pymarc do. What the bytes frame is kept; a leader or
 * directory that disagrees with the bytes is repaired from the bytes (fields are found by
 * their field terminators), and a field that cannot be read — text not valid in its encoding,
 * a bad indicator or subfield code, nothing in it — is dropped or repaired. Each repair is a
 * warning that names the field. Only a record whose fields cannot be told apart is refused.
 */
import { isControlField, isIndicator, isSubfieldCode, isTag, showByte, tail } from './fieldRules'
import { decodeText, ENCODING_NAMES, type RawField, type RecordEncoding, recordEncoding, TextError } from './textEncoding'
import type { ControlField, DataField, MarcEncoding, MarcRecord, RecordWarning } from './types'

/** A record read from its bytes, or the reason it was refused. */
export type ParsedRecord = { ok: true; record: MarcRecord; warnings: RecordWarning[] } | { ok: false; reason: string }

const LEADER_LENGTH = 24
const FIELD_TERMINATOR = 0x1e
const SUBFIELD_DELIMITER = 0x1f
/** The largest record length a leader's five digits can state. */
const MAX_STATED_LENGTH = 99_999

class Refusal extends Error {}

const refuse = (reason: string): never => {
  throw new Refusal(reason)
}

const digit = (character: string | undefined, fallback: number) => (character !== undefined && /^\d$/u.test(character) ? Number(character) : fallback)

/** A warning about the leader. */
const leaderWarning = (message: string): RecordWarning => ({ field: 'LDR', message })

/** The leader as text, with what disagrees with the record's bytes reported; bytes that are not printable ASCII become blanks. */
function readLeader(bytes: Buffer, warnings: RecordWarning[]): string {
  const raw = bytes.toString('latin1', 0, LEADER_LENGTH)
  const leader = raw.replace(/[^\x20-\x7e]/gu, ' ')
  if (leader !== raw) warnings.push(leaderWarning('the leader (its first 24 bytes) holds bytes that are not ASCII; they were read as blanks'))
  const declared = leader.slice(0, 5)
  const length = bytes.length
  const beyond = length > MAX_STATED_LENGTH ? ` (more than the ${MAX_STATED_LENGTH.toLocaleString('en')} a leader can state)` : ''
  if (!/^\d{5}$/u.test(declared)) warnings.push(leaderWarning(`the leader's record length is “${declared}”, not five digits; the record was read up to its end mark, ${length.toLocaleString('en')} bytes${beyond}`))
  else if (Number(declared) !== length) {
    warnings.push(leaderWarning(`the leader gives the record length as ${Number(declared)} bytes, but the record has ${length.toLocaleString('en')} bytes up to its end mark${beyond || ' (the export may count characters, not bytes)'}; it was read up to its end mark`))
  }
  if (!'2 '.includes(leader[10] ?? '')) warnings.push(leaderWarning(`the leader says fields have ${leader[10]} indicators (position 10); they were read with 2, as MARC has`))
  if (!'2 '.includes(leader[11] ?? '')) warnings.push(leaderWarning(`the leader gives the subfield code length as ${leader[11]} (position 11); it was read as 2, as MARC has`))
  return leader
}

/** Where each field-terminated piece of the data starts and ends (the index of its terminator, or of the data's end). */
function pieces(bytes: Buffer, base: number, dataEnd: number): Piece[] {
  const found: Piece[] = []
  for (let start = base; start < dataEnd; ) {
    const terminator = bytes.indexOf(FIELD_TERMINATOR, start)
    const end = terminator === -1 || terminator > dataEnd ? dataEnd : terminator
    found.push({ end, start })
    start = end + 1
  }
  return found
}

type Entry = { length: number; number: number; start: number; tag: string }
type Piece = { end: number; start: number }

/** The number written in ASCII digits from `from` to `to`, or -1 when a byte there is not a digit. */
function digits(bytes: Buffer, from: number, to: number): number {
  let value = 0
  for (let at = from; at < to; at++) {
    const byte = bytes[at] ?? 0
    if (byte < 0x30 || byte > 0x39) return -1
    value = value * 10 + byte - 0x30
  }
  return to > from ? value : -1
}

/**
 * Places each entry: at its word when its field starts after a field terminator and ends with
 * one (and no earlier entry is there: a position that overflowed its digits and wrapped round),
 * else among the pieces of data found by the terminators (see {@link pairWithPieces}).
 */
function locate(entries: Entry[], located: Map<Entry, Piece>, found: Piece[], bytes: Buffer, base: number, warnings: RecordWarning[]) {
  const dataEnd = bytes.length - 1
  const starts = new Set<number>()
  for (const entry of entries) {
    const end = entry.start + entry.length
    const sound = entry.length > 0 && entry.start >= base && end <= dataEnd && bytes[end - 1] === FIELD_TERMINATOR && (entry.start === base || bytes[entry.start - 1] === FIELD_TERMINATOR)
    if (!sound || starts.has(entry.start)) continue
    starts.add(entry.start)
    located.set(entry, { end: end - 1, start: entry.start })
  }
  if (located.size < entries.length) pairWithPieces(entries, located, found, bytes, warnings)
}

/**
 * Reads the directory and cuts the fields out of the record, each without its terminator.
 * An entry is taken at its word when its field starts after a field terminator and ends with
 * one; the others are paired, in order, with the pieces of data no sound entry claims, which
 * is how marc4j's permissive reader finds fields whose lengths count characters or whose
 * positions overflow the directory's digits (records over 99,999 bytes).
 */
function readFields(bytes: Buffer, leader: string, warnings: RecordWarning[]): RawField[] {
  const directoryEnd = bytes.indexOf(FIELD_TERMINATOR, LEADER_LENGTH)
  const dataEnd = bytes.length - 1 // the record terminator
  if (directoryEnd === -1 || directoryEnd >= dataEnd) refuse('the record has no field terminator after its directory, so its fields cannot be found')
  if (directoryEnd === LEADER_LENGTH) refuse('the record has no fields')
  const base = directoryEnd + 1
  const stated = leader.slice(12, 17)
  if (stated !== String(base).padStart(5, '0') && base <= MAX_STATED_LENGTH) {
    warnings.push({ field: 'LDR', message: `the leader's base address of data (positions 12–16) is “${stated}”, but the directory ends at byte ${directoryEnd}; the data was read from byte ${base}` })
  }

  const directoryLength = directoryEnd - LEADER_LENGTH
  if (!/^[\d ]{3}/u.test(leader.slice(20, 23))) warnings.push({ field: 'LDR', message: `the leader's entry map (positions 20–23) is “${leader.slice(20)}”; the directory was read as 4500, as MARC lays it out` })
  const lengthDigits = digit(leader[20], 4)
  const otherDigits = digit(leader[22], 0)
  let entryLength = 3 + lengthDigits + digit(leader[21], 5) + otherDigits
  let found: Piece[] | undefined
  if (directoryLength % entryLength !== 0) {
    found = pieces(bytes, base, dataEnd)
    const perField = directoryLength / found.length
    if (!Number.isInteger(perField) || perField < 3 + lengthDigits + 1) {
      refuse(`the directory is ${directoryLength} bytes long, neither a whole number of ${entryLength}-byte entries nor one entry for each of the record's ${found.length} fields, so its fields cannot be told apart`)
    }
    entryLength = perField
  }
  const entries: Entry[] = []
  let covered = 0
  let allSound = true
  for (let at = LEADER_LENGTH; at < directoryEnd; at += entryLength) {
    const length = digits(bytes, at + 3, at + 3 + lengthDigits)
    const position = digits(bytes, at + 3 + lengthDigits, at + entryLength - otherDigits)
    const entry = { length, number: (at - LEADER_LENGTH) / entryLength + 1, start: length < 0 || position < 0 ? -1 : base + position, tag: bytes.toString('latin1', at, at + 3) }
    entries.push(entry)
    covered += length
    const end = entry.start + length
    if (allSound) allSound = length > 0 && entry.start >= base && end <= dataEnd && bytes[end - 1] === FIELD_TERMINATOR && (entry.start === base || bytes[entry.start - 1] === FIELD_TERMINATOR)
  }

  const located = new Map<Entry, Piece>()
  // Sound entries that cover the data exactly cannot overlap: the common case needs no more checks.
  if (allSound && covered === dataEnd - base) for (const entry of entries) located.set(entry, { end: entry.start + entry.length - 1, start: entry.start })
  else locate(entries, located, found ?? pieces(bytes, base, dataEnd), bytes, base, warnings)

  const fields: RawField[] = []
  for (const entry of entries) {
    const place = located.get(entry)
    if (place === undefined) continue
    if (!isTag(entry.tag)) {
      warnings.push({ message: `directory entry ${entry.number} has the tag “${entry.tag.replace(/[^\x20-\x7e]/gu, '?')}”, which is not three letters or digits; its field was dropped: “${tail(bytes.toString('latin1', place.start, place.end))}”` })
      continue
    }
    fields.push({ bytes: bytes.subarray(place.start, place.end), tag: entry.tag })
  }
  return fields
}

/**
 * Finds the fields of the entries whose lengths or positions are wrong among the pieces of data
 * no sound entry claims, in order. An entry takes the next piece whose length it gives, in
 * bytes or in characters (an export that counts characters), skipping pieces only when there
 * are more pieces than entries; when there are as many as entries, an entry whose length fits
 * no piece takes the next one all the same (its digits are broken). What is left is dropped.
 */
function pairWithPieces(entries: Entry[], located: Map<Entry, Piece>, found: Piece[], bytes: Buffer, warnings: RecordWarning[]) {
  const claimed = new Set<number>()
  for (const place of located.values()) for (const piece of found) if (piece.start >= place.start && piece.end <= place.end) claimed.add(piece.start)
  const free = found.filter((piece) => !claimed.has(piece.start))
  const lost = entries.filter((entry) => !located.has(entry))
  const surplus = Math.max(0, free.length - lost.length)
  const fits = (entry: Entry, { end, start }: Piece) => entry.length === end - start + 1 || entry.length === [...bytes.toString('utf8', start, end)].length + 1
  const used = new Set<Piece>()
  const repaired: string[] = []
  let cursor = 0
  for (const entry of lost) {
    let match = free.slice(cursor, cursor + surplus + 1).findIndex((piece) => fits(entry, piece))
    if (match === -1 && free.length === lost.length && cursor < free.length) match = 0
    const piece = free[cursor + match]
    if (match === -1 || piece === undefined) {
      warnings.push({ field: entry.tag, message: `field ${entry.tag} is not where directory entry ${entry.number} says, and no piece of data of its length is left: it was dropped` })
      continue
    }
    located.set(entry, piece)
    used.add(piece)
    repaired.push(entry.tag)
    cursor += match + 1
  }
  if (repaired.length > 0) {
    const one = repaired.length === 1
    warnings.push({
      ...(one ? { field: repaired[0] } : {}),
      message: `the directory gives wrong lengths or positions for field${one ? '' : 's'} ${repaired.join(', ')} (an export may count characters instead of bytes, or have more bytes than its digits can state); ${one ? 'it was found by its field terminator' : 'they were found by their field terminators'}`,
    })
  }
  for (const piece of free) {
    if (!used.has(piece)) warnings.push({ message: `${piece.end - piece.start} bytes of data that no directory entry points to were dropped: “${tail(bytes.toString('latin1', piece.start, piece.end))}”` })
  }
}

/**
 * Decodes a field's or subfield's text; `undefined`, with a warning, when it is not valid in
 * the record's encoding. The warning is put together only then: this runs for every subfield.
 */
function decodeField(bytes: Buffer, encoding: RecordEncoding, warnings: RecordWarning[], tag: string, code?: string): string | undefined {
  try {
    return decodeText(bytes, encoding.encoding)
  } catch (error) {
    if (!(error instanceof TextError)) throw error
    const otherwise = encoding.otherwise === undefined ? '' : ` (if the whole file is ${ENCODING_NAMES[encoding.otherwise]}, give the encoding ${encoding.otherwise})`
    const where = code === undefined ? `field ${tag}` : `field ${tag} $${code}`
    warnings.push({ field: tag, message: `${where} ${error.message}: ${code === undefined ? 'the field' : 'the subfield'} was dropped${otherwise}` })
    return undefined
  }
}

/** A warning about a field. */
const fieldWarning = (field: string, message: string): RecordWarning => ({ field, message })

/** An indicator as read, or a blank with a warning when it is not a printable character. */
function indicator(byte: number | undefined, tag: string, warnings: RecordWarning[]): string {
  if (byte === undefined) return ' '
  const value = String.fromCharCode(byte)
  if (isIndicator(value)) return value
  warnings.push({ field: tag, message: `field ${tag} has an indicator that is not a letter, digit or blank (${showByte(byte)}); it was read as blank` })
  return ' '
}

/** Splits a data field into indicators and subfields, repairing or dropping what is broken; `undefined` when nothing is left. */
function readDataField({ bytes, tag }: RawField, encoding: RecordEncoding, warnings: RecordWarning[]): DataField | undefined {
  const warned = warnings.length
  if (bytes.length === 0) {
    warnings.push(fieldWarning(tag, `field ${tag} is empty: it was dropped`))
    return undefined
  }
  // Indicators are the bytes before the first delimiter, at most two.
  const count = bytes[0] === SUBFIELD_DELIMITER ? 0 : bytes[1] === SUBFIELD_DELIMITER || bytes.length === 1 ? 1 : 2
  if (count < 2) warnings.push(fieldWarning(tag, `field ${tag} has ${count === 0 ? 'no indicators' : 'one indicator'}; ${count === 0 ? 'they were' : 'the other was'} read as blank`))
  const ind1 = indicator(count > 0 ? bytes[0] : undefined, tag, warnings)
  const ind2 = indicator(count > 1 ? bytes[1] : undefined, tag, warnings)
  let at = count
  if (at === bytes.length) {
    warnings.push(fieldWarning(tag, `field ${tag} has no subfields: it was dropped`))
    return undefined
  }
  if (bytes[at] !== SUBFIELD_DELIMITER) {
    const next = bytes.indexOf(SUBFIELD_DELIMITER, at)
    const end = next === -1 ? bytes.length : next
    warnings.push(fieldWarning(tag, `field ${tag} has text before its first subfield, which was dropped: “${tail(bytes.toString('latin1', at, end))}”`))
    at = end
  }
  const subfields: DataField['subfields'] = []
  while (at < bytes.length) {
    const next = bytes.indexOf(SUBFIELD_DELIMITER, at + 1)
    const end = next === -1 ? bytes.length : next
    const code = bytes[at + 1]
    // A delimiter with nothing after it carries no data: real exports have them, and they are dropped.
    if (code !== undefined && code !== SUBFIELD_DELIMITER) {
      const letter = String.fromCharCode(code)
      const repaired = isSubfieldCode(letter) ? undefined : repairedCode(bytes, at + 1, end)
      if (!isSubfieldCode(letter) && !repaired) {
        warnings.push(fieldWarning(tag, `field ${tag} has a bad subfield code (${showByte(code)}); that subfield was dropped: “${tail(bytes.toString('latin1', at + 2, end))}”`))
      } else {
        const { code: read, dataAt } = repaired ?? { code: letter, dataAt: at + 2 }
        if (repaired) warnings.push(fieldWarning(tag, `field ${tag} has a subfield code written with an accent or a diacritic (${repaired.shown}); it was read as $${read}`))
        const text = decodeField(bytes.subarray(dataAt, end), encoding, warnings, tag, read)
        if (text !== undefined) subfields.push({ code: read, value: text })
      }
    }
    at = end
  }
  if (subfields.length === 0) {
    if (warnings.length === warned) warnings.push(fieldWarning(tag, `field ${tag} has no subfields: it was dropped`))
    return undefined
  }
  return { ind1, ind2, subfields, tag }
}

/** Whether the bytes are whole UTF-8 characters: then they are no MARC-8 diacritics (U+FFFD where a code was lost, say). */
function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * The subfield code meant by a code that is no letter or digit, where one can be read: an accented
 * letter written in UTF-8 (`á` for `a`), or MARC-8 diacritics typed before the letter (`´b` for
 * `b`; the marks are dropped), as editors of some library systems let slip in. Undefined when no
 * letter can be read.
 */
function repairedCode(bytes: Buffer, at: number, end: number): { code: string; dataAt: number; shown: string } | undefined {
  const lead = bytes[at]!
  const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0
  if (width > 0 && at + width <= end) {
    const character = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(at, at + width))
    const base = character.normalize('NFD')[0] ?? ''
    if (!character.includes('\uFFFD') && /^[a-z0-9]$/.test(base)) return { code: base, dataAt: at + width, shown: `“${character}”` }
  }
  let letterAt = at
  while (letterAt < Math.min(end, at + 3) && bytes[letterAt]! >= 0x80) letterAt += 1
  const letter = String.fromCharCode(bytes[letterAt] ?? 0)
  if (letterAt > at && /^[a-z0-9]$/.test(letter) && !isUtf8(bytes.subarray(at, letterAt))) {
    const marks = [...bytes.subarray(at, letterAt)].map(showByte).join(', ')
    return { code: letter, dataAt: letterAt + 1, shown: `${marks} before “${letter}”` }
  }
  return undefined
}

/**
 * Parses one record: `bytes` runs from the first byte of the leader to the record terminator
 * (0x1D) included. The record's own framing is trusted over its leader and directory: the
 * leader's record length and base address, and directory entries that point where no field
 * starts or ends, are repaired from the field terminators, with a warning. Each field is
 * decoded strictly (see {@link recordEncoding} for `auto`); a field or subfield that cannot be
 * decoded, a bad indicator or subfield code, an empty field, are dropped or repaired, with a
 * warning naming the field. Refused: a record too short for a leader, with no directory, with
 * a directory its fields cannot be matched to, or in a character set the importer cannot read.
 */
export function parseIso2709Record(bytes: Buffer, encoding: MarcEncoding): ParsedRecord {
  try {
    if (bytes.length < LEADER_LENGTH + 2) refuse(`the record is only ${bytes.length} bytes long, too short for a leader and a directory`)
    const warnings: RecordWarning[] = []
    const leader = readLeader(bytes, warnings)
    const fields = readFields(bytes, leader, warnings)
    const textEncoding = recordEncoding(leader, fields, bytes.subarray(leader.length), encoding)
    if ('reason' in textEncoding) return { ok: false, reason: textEncoding.reason }
    warnings.push(...textEncoding.warnings)
    const record: MarcRecord = { controlFields: [], dataFields: [], leader }
    for (const field of fields) {
      if (isControlField(field.tag, field.bytes.includes(SUBFIELD_DELIMITER))) {
        const value = decodeField(field.bytes, textEncoding, warnings, field.tag)
        if (value !== undefined) record.controlFields.push({ tag: field.tag, value } satisfies ControlField)
      } else {
        const dataField = readDataField(field, textEncoding, warnings)
        if (dataField !== undefined) record.dataFields.push(dataField)
      }
    }
    if (record.controlFields.length + record.dataFields.length === 0) refuse(`none of the record's fields could be read: ${warnings.map((warning) => warning.message).join('; ')}`)
    return { ok: true, record, warnings }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message }
    throw error
  }
}
