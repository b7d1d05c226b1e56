/**
 * One ISO 2709 record, from its leader to its record terminator: checked and decoded, or
 * refused with the reason. The checks follow what real exports get wrong (pymarc's and
 * Catmandu's broken test files) and let pass what they vary in harmlessly (blanks for
 * the indicator count, the subfield code length and the last two positions of the entry map).
 */
import { isControlField, isIndicator, isSubfieldCode, isTag, showByte } from './fieldRules'
import { decodeText, type RawField, recordEncoding, type TextEncoding, TextError } from './textEncoding'
import type { DataField, MarcEncoding, MarcRecord, RecordWarning } from './types'

/** A record read from its bytes, or the reason it was refused. */
export type ParsedRecord = { ok: true; record: MarcRecord; warnings: RecordWarning[] } | { ok: false; reason: string }

const LEADER_LENGTH = 24
const ENTRY_LENGTH = 12
const FIELD_TERMINATOR = 0x1e
const SUBFIELD_DELIMITER = 0x1f

class Refusal extends Error {}

const refuse = (reason: string): never => {
  throw new Refusal(reason)
}

/** Checks the leader; returns the base address of data. */
function checkLeader(leader: string, length: number): number {
  if (!/^[\x20-\x7e]*$/u.test(leader)) refuse('the leader (its first 24 bytes) holds characters that are not ASCII')
  const declared = leader.slice(0, 5)
  if (!/^\d{5}$/u.test(declared)) refuse(`the leader does not start with the record length (five digits) but with “${declared}”`)
  if (Number(declared) !== length) refuse(`the leader gives the record length as ${Number(declared)} bytes, but the record has ${length} bytes up to its end mark`)
  if (!'2 '.includes(leader[10] ?? '')) refuse(`the leader says fields have ${leader[10]} indicators (position 10); MARC fields have 2`)
  if (!'2 '.includes(leader[11] ?? '')) refuse(`the leader gives the subfield code length as ${leader[11]} (position 11); MARC uses 2`)
  if (!'4 '.includes(leader[20] ?? '') || !'5 '.includes(leader[21] ?? '')) {
    refuse(`the leader's entry map (positions 20–23) is “${leader.slice(20)}”; MARC directories are laid out as 4500`)
  }
  const base = leader.slice(12, 17)
  if (!/^\d{5}$/u.test(base)) refuse(`the leader's base address of data (positions 12–16) is “${base}”, not a number`)
  return Number(base)
}

/** Reads the directory and cuts the fields out of the record, each without its terminator. */
function readFields(bytes: Buffer, base: number): RawField[] {
  if (base <= LEADER_LENGTH || base >= bytes.length) refuse(`the leader puts the start of the data at byte ${base}, outside the record's ${bytes.length} bytes`)
  if (bytes[base - 1] !== FIELD_TERMINATOR) refuse(`the directory does not end where the leader's base address of data (${base}) says`)
  const directory = bytes.toString('latin1', LEADER_LENGTH, base - 1)
  if (directory.length % ENTRY_LENGTH !== 0) refuse(`the directory is ${directory.length} bytes long, not a whole number of 12-byte entries`)
  if (directory.length === 0) refuse('the record has no fields')
  const fields: RawField[] = []
  for (let at = 0; at < directory.length; at += ENTRY_LENGTH) {
    const entry = directory.slice(at, at + ENTRY_LENGTH)
    const number = at / ENTRY_LENGTH + 1
    const tag = entry.slice(0, 3)
    if (!isTag(tag)) refuse(`directory entry ${number} has the tag “${tag}”, which is not three letters or digits`)
    if (!/^\d{9}$/u.test(entry.slice(3))) refuse(`directory entry ${number} (field ${tag}) gives a length or position that is not a number: “${entry.slice(3)}”`)
    const start = base + Number(entry.slice(7))
    const end = start + Number(entry.slice(3, 7))
    if (end > bytes.length - 1 || end <= start) refuse(`field ${tag} lies outside the record according to the directory`)
    if (bytes[end - 1] !== FIELD_TERMINATOR) refuse(`field ${tag} does not end with a field terminator where the directory says`)
    fields.push({ bytes: bytes.subarray(start, end - 1), tag })
  }
  return fields
}

/** Splits a data field into indicators and subfields; the subfield codes are checked as bytes, before decoding. */
function readDataField({ bytes, tag }: RawField, encoding: TextEncoding): DataField {
  const [first = SUBFIELD_DELIMITER, second = SUBFIELD_DELIMITER] = bytes
  if (first === SUBFIELD_DELIMITER || second === SUBFIELD_DELIMITER) refuse(`field ${tag} has no indicators`)
  if (!isIndicator(String.fromCharCode(first)) || !isIndicator(String.fromCharCode(second))) refuse(`field ${tag} has an indicator that is not a letter, digit or blank`)
  if (bytes.length === 2) refuse(`field ${tag} has no subfields`)
  if (bytes[2] !== SUBFIELD_DELIMITER) refuse(`field ${tag} has text before its first subfield`)
  const subfields: DataField['subfields'] = []
  for (let at = 2; at < bytes.length; ) {
    const next = bytes.indexOf(SUBFIELD_DELIMITER, at + 1)
    const end = next === -1 ? bytes.length : next
    const code = bytes[at + 1]
    // A delimiter with nothing after it carries no data: real exports have them, and they are dropped.
    if (code !== undefined && code !== SUBFIELD_DELIMITER) {
      if (!isSubfieldCode(String.fromCharCode(code))) refuse(`field ${tag} has a bad subfield code (${showByte(code)})`)
      subfields.push({ code: String.fromCharCode(code), value: decodeField(bytes.subarray(at + 2, end), tag, encoding) })
    }
    at = end
  }
  if (subfields.length === 0) refuse(`field ${tag} has no subfields`)
  return { ind1: String.fromCharCode(first), ind2: String.fromCharCode(second), subfields, tag }
}

function decodeField(bytes: Buffer, tag: string, encoding: TextEncoding): string {
  try {
    return decodeText(bytes, encoding)
  } catch (error) {
    if (error instanceof TextError) refuse(`field ${tag} ${error.message}`)
    throw error
  }
}

/**
 * Parses one record: `bytes` runs from the first byte of the leader to the record terminator
 * (0x1D) included. Checks the leader (record length against the real length, base address,
 * indicator count, subfield code length, entry map), the directory (12-byte numeric entries,
 * fields inside the record, each ending with a field terminator), indicators and subfield
 * codes, and decodes the text strictly (see {@link recordEncoding} for `auto`).
 */
export function parseIso2709Record(bytes: Buffer, encoding: MarcEncoding): ParsedRecord {
  try {
    if (bytes.length < LEADER_LENGTH + 2) refuse(`the record is only ${bytes.length} bytes long, too short for a leader and a directory`)
    const leader = bytes.toString('latin1', 0, LEADER_LENGTH)
    const base = checkLeader(leader, bytes.length)
    const fields = readFields(bytes, base)
    const textEncoding = recordEncoding(leader, fields, bytes.subarray(base), encoding)
    if (typeof textEncoding === 'object') return { ok: false, reason: textEncoding.reason }
    const record: MarcRecord = { controlFields: [], dataFields: [], leader }
    for (const field of fields) {
      if (isControlField(field.tag, field.bytes.includes(SUBFIELD_DELIMITER))) record.controlFields.push({ tag: field.tag, value: decodeField(field.bytes, field.tag, textEncoding) })
      else record.dataFields.push(readDataField(field, textEncoding))
    }
    return { ok: true, record, warnings: [] }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message }
    throw error
  }
}
