/**
 * Streams the records of a MARCXML file with sax: a `<collection>`, a single `<record>`, or
 * records inside an envelope such as an SRU response (`<recordData>`). Elements are matched
 * on their local names, so `marc:record`, `record` in the MARC21 slim namespace and CNMARC's
 * `record` in its own namespace read alike.
 */
import { createReadStream } from 'node:fs'

import sax from 'sax'

import type { XmlEncoding } from './exportKind'
import { isIndicator, isSubfieldCode, isTag, showCharacter, tail } from './fieldRules'
import type { DataField, MarcRecord, ReadResult, RecordWarning } from './types'
import { Utf16Chunks } from './utf16Chunks'
import { INVALID_BYTE, Utf8Chunks } from './utf8Chunks'

/** A `<record>` being read: an envelope's record holds no MARC elements and is dropped when it closes. */
type OpenRecord = { byteOffset: number; hasMarc: boolean; line: number; marc: MarcRecord; problem?: string; warnings: RecordWarning[] }

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** Maps sax's character positions to byte offsets in the file, moving forward only. */
class ByteOffsets {
  private pending = ''
  private position = 0
  private offset = 0

  constructor(private readonly utf16: boolean) {}

  add(text: string) {
    this.pending += text
  }

  /** The byte offset of the character at `position`, which is never before the last one asked for. */
  at(position: number): number {
    const passed = this.pending.slice(0, Math.max(0, position - this.position))
    // Each INVALID_BYTE stands for one byte of the file, not the three of U+FFFF in UTF-8.
    this.offset += this.utf16 ? passed.length * 2 : Buffer.byteLength(passed) - 2 * (passed.split(INVALID_BYTE).length - 1)
    this.pending = this.pending.slice(passed.length)
    this.position = position
    return this.offset
  }
}

/** Reads the leader: dp2 writes '-' for blanks; a leader of another length is cut or filled with blanks, with a warning. */
function leaderOf(text: string, warnings: RecordWarning[]): string {
  let leader = text.replaceAll('-', ' ')
  if (leader.includes(INVALID_BYTE)) {
    warnings.push({ field: 'LDR', message: 'the leader has bytes that are not valid text; they were read as blanks' })
    leader = leader.replaceAll(INVALID_BYTE, ' ')
  }
  if (leader.length === 24) return leader
  warnings.push({ field: 'LDR', message: `the leader has ${leader.length} characters instead of 24; it was ${leader.length > 24 ? 'cut' : 'filled with blanks'} to 24` })
  return leader.slice(0, 24).padEnd(24, ' ')
}

/** The field as it can be kept, with a warning for each part repaired or dropped; `undefined` when nothing of it is left. */
function soundField(field: DataField, warnings: RecordWarning[]): DataField | undefined {
  const { tag } = field
  const warn = (message: string) => warnings.push({ field: tag, message })
  if (!isTag(tag)) {
    warnings.push({ message: `a data field has the tag “${tag}”, which is not three letters or digits; it was dropped` })
    return undefined
  }
  const indicator = (value: string) => {
    if (isIndicator(value)) return value
    warn(`field ${tag} has an indicator that is not one letter, digit or blank (${value === '' ? 'none' : [...value].map(showCharacter).join(' ')}); it was read as blank`)
    return ' '
  }
  const warned = warnings.length
  const subfields = field.subfields.flatMap(({ code: written, value }) => {
    // An accented letter for a code (`á` for `a`) is read as its letter, as the ISO 2709 reader does.
    const base = [...written].length === 1 ? written.normalize('NFD')[0] ?? '' : ''
    const code = !isSubfieldCode(written) && /^[a-z0-9]$/.test(base) ? base : written
    if (code !== written) warn(`field ${tag} has a subfield code written with an accent (“${written}”); it was read as $${code}`)
    if (!isSubfieldCode(code)) warn(`field ${tag} has a bad subfield code (${code === '' ? 'none' : [...code].map(showCharacter).join(' ')}); that subfield was dropped: “${tail(value)}”`)
    else if (value.includes(INVALID_BYTE)) warn(`field ${tag} $${code} has bytes that are not valid text, after “${tail(value.slice(0, value.indexOf(INVALID_BYTE)))}”: the subfield was dropped`)
    else return [{ code, value }]
    return []
  })
  if (subfields.length === 0) {
    if (warnings.length === warned) warn(`field ${tag} has no subfields: it was dropped`)
    return undefined
  }
  return { ind1: indicator(field.ind1), ind2: indicator(field.ind2), subfields, tag }
}

/**
 * Reads the records of a MARCXML file one by one, without loading the file: `file` itself, or
 * the bytes of `chunks` (an export inside a gzip or zip file), in UTF-8 or UTF-16 (`encoding`).
 * Each result carries the record's number (from 1, counting MARC records only) and the byte
 * offset of its `<record>` tag. A field that breaks the MARC rules (bad tag, indicator or
 * subfield code, no subfields, bytes that are not text) is repaired or dropped with a warning
 * naming it, as in ISO 2709. A record that breaks the XML, or has no leader or no fields, is
 * refused with its line, and reading goes on with the next one.
 */
export async function* readMarcXml(file: string, options: { chunks?: AsyncIterable<Buffer>; encoding?: XmlEncoding } = {}): AsyncGenerator<ReadResult> {
  const parser = sax.parser(true, { position: true })
  const encoding = options.encoding ?? 'utf-8'
  const decoder = encoding === 'utf-8' ? new Utf8Chunks() : new Utf16Chunks(encoding === 'utf-16be')
  const offsets = new ByteOffsets(encoding !== 'utf-8')
  const open: OpenRecord[] = []
  const results: ReadResult[] = []
  let recordNumber = 0
  let text: string | undefined
  let field: DataField | undefined
  let code = ''

  const current = () => open.at(-1)
  const note = (problem: string) => {
    const record = current()
    if (record !== undefined) record.problem ??= `${problem} (line ${parser.line + 1})`
    else results.push({ ok: false, position: { byteOffset: offsets.at(parser.position), file, recordNumber: ++recordNumber }, reason: `the XML is broken between records: ${problem} (line ${parser.line + 1})` })
  }
  const attribute = (node: sax.Tag, name: string) =>
    node.attributes[name] ?? Object.entries(node.attributes).find(([key]) => localName(key) === name)?.[1]

  parser.onopentag = (tag) => {
    // Without xmlns processing, sax gives plain tags whose attributes are strings.
    const node = tag as sax.Tag
    const name = localName(node.name)
    // Bytes that are not text in an attribute make a tag, indicator or code that soundField refuses.
    if (name === 'record') {
      open.push({ byteOffset: offsets.at(parser.startTagPosition - 1), hasMarc: false, line: parser.line + 1, marc: { controlFields: [], dataFields: [], leader: '' }, warnings: [] })
      return
    }
    const record = current()
    if (record === undefined) return
    if (name === 'leader' || name === 'controlfield' || name === 'datafield') record.hasMarc = true
    if (name === 'leader' || name === 'controlfield' || name === 'subfield') text = ''
    if (name === 'datafield') field = { ind1: attribute(node, 'ind1') || ' ', ind2: attribute(node, 'ind2') || ' ', subfields: [], tag: attribute(node, 'tag') ?? '' }
    if (name === 'controlfield') code = attribute(node, 'tag') ?? ''
    if (name === 'subfield') code = attribute(node, 'code') ?? ''
  }

  const ontext = (value: string) => {
    if (text !== undefined) text += value
    else if (decoder.sawInvalid && value.includes(INVALID_BYTE)) current()?.warnings.push({ message: `bytes that are not valid text, outside any field, were ignored (line ${parser.line + 1})` })
  }
  parser.ontext = ontext
  parser.oncdata = ontext

  parser.onclosetag = (tagName) => {
    const name = localName(tagName)
    const record = current()
    if (record === undefined) return
    if (name === 'leader' && text !== undefined) {
      record.marc.leader = leaderOf(text, record.warnings)
      text = undefined
    } else if (name === 'controlfield' && text !== undefined) {
      if (!isTag(code)) record.warnings.push({ message: `a control field has the tag “${code}”, which is not three letters or digits; it was dropped: “${tail(text)}”` })
      else if (text.includes(INVALID_BYTE)) record.warnings.push({ field: code, message: `field ${code} has bytes that are not valid text, after “${tail(text.slice(0, text.indexOf(INVALID_BYTE)))}”: the field was dropped` })
      else record.marc.controlFields.push({ tag: code, value: text })
      text = undefined
    } else if (name === 'subfield') {
      if (text !== undefined) field?.subfields.push({ code, value: text })
      text = undefined
    } else if (name === 'datafield' && field !== undefined) {
      const sound = soundField(field, record.warnings)
      if (sound !== undefined) record.marc.dataFields.push(sound)
      field = undefined
    } else if (name === 'record') {
      open.pop()
      if (record.hasMarc) finish(record)
    }
  }

  const finish = (record: OpenRecord) => {
    const { marc } = record
    if (record.problem === undefined && marc.leader === '') record.problem = `the record has no leader (line ${record.line})`
    if (record.problem === undefined && marc.controlFields.length + marc.dataFields.length === 0) record.problem = `the record has no fields (line ${record.line})`
    const position = { byteOffset: record.byteOffset, file, recordNumber: ++recordNumber }
    results.push(record.problem === undefined ? { ok: true, position, record: marc, warnings: record.warnings } : { ok: false, position, reason: record.problem })
  }

  // Entities a DTD declares are never read nor resolved (no file or address is ever fetched, no
  // entity expanded): a record that uses one is refused, and the reason says why.
  let declaresEntities = false
  parser.ondoctype = (doctype) => {
    declaresEntities ||= /<!ENTITY/i.test(doctype)
  }
  parser.onerror = (error) => {
    const message = error.message.split('\n')[0] ?? ''
    const entity = declaresEntities && /entity/i.test(message) ? '; it uses an entity the file declares in its DTD, and such entities are never resolved: export the file without a DTD' : ''
    note(`the XML is not well-formed: ${message}${entity}`)
    // sax stops at its first error unless the error is cleared; what follows is still read.
    parser.error = null as unknown as Error
  }

  const write = (chunk: string) => {
    offsets.add(chunk)
    parser.write(chunk)
    // Nothing before the tag being read is asked for again: let the text before it go.
    const tagStart = Number.isFinite(parser.startTagPosition) ? parser.startTagPosition - 1 : 0
    offsets.at(Math.min(parser.position, tagStart))
  }
  for await (const chunk of options.chunks ?? (createReadStream(file) as AsyncIterable<Buffer>)) {
    write(decoder.decode(chunk))
    yield* results.splice(0)
  }
  write(decoder.decode(Buffer.alloc(0), true))
  parser.close()
  for (const record of open.splice(0).reverse()) {
    if (!record.hasMarc) continue
    record.problem = `the file ends inside this record, which starts at line ${record.line}`
    finish(record)
  }
  yield* results.splice(0)
}
