/**
 * Streams the records of a MARCXML file with sax: a `<collection>`, a single `<record>`, or
 * records inside an envelope such as an SRU response (`<recordData>`). Elements are matched
 * on their local names, so `marc:record`, `record` in the MARC21 slim namespace and CNMARC's
 * `record` in its own namespace read alike.
 */
import { createReadStream } from 'node:fs'

import sax from 'sax'

import { isIndicator, isSubfieldCode, isTag, showCharacter } from './fieldRules'
import type { DataField, MarcRecord, ReadResult } from './types'
import { INVALID_BYTE, Utf8Chunks } from './utf8Chunks'

/** A `<record>` being read: an envelope's record holds no MARC elements and is dropped when it closes. */
type OpenRecord = { byteOffset: number; hasMarc: boolean; line: number; marc: MarcRecord; problem?: string }

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** Maps sax's character positions to byte offsets in the file, moving forward only. */
class ByteOffsets {
  private pending = ''
  private position = 0
  private offset = 0

  add(text: string) {
    this.pending += text
  }

  /** The byte offset of the character at `position`, which is never before the last one asked for. */
  at(position: number): number {
    const passed = this.pending.slice(0, Math.max(0, position - this.position))
    // Each INVALID_BYTE stands for one byte of the file, not the three of U+FFFF in UTF-8.
    this.offset += Buffer.byteLength(passed) - 2 * (passed.split(INVALID_BYTE).length - 1)
    this.pending = this.pending.slice(passed.length)
    this.position = position
    return this.offset
  }
}

/** Reads the leader: dp2 writes '-' for blanks. */
function leaderOf(text: string): { leader: string } | { problem: string } {
  const leader = text.replaceAll('-', ' ')
  return leader.length === 24 ? { leader } : { problem: `the leader has ${leader.length} characters instead of 24` }
}

/** Why a data field is refused, or `undefined` when it is sound. */
function fieldProblem(field: DataField): string | undefined {
  if (!isTag(field.tag)) return `a data field has the tag “${field.tag}”, which is not three letters or digits`
  if (!isIndicator(field.ind1) || !isIndicator(field.ind2)) return `field ${field.tag} has an indicator that is not one letter, digit or blank`
  const badCode = field.subfields.find((subfield) => !isSubfieldCode(subfield.code))
  if (badCode !== undefined) return `field ${field.tag} has a bad subfield code (${badCode.code === '' ? 'none' : [...badCode.code].map(showCharacter).join(' ')})`
  if (field.subfields.length === 0) return `field ${field.tag} has no subfields`
  return undefined
}

/**
 * Reads the records of a MARCXML file one by one, without loading the file. Each result
 * carries the record's number (from 1, counting MARC records only) and the byte offset of
 * its `<record>` tag; a refusal's reason also gives the line. A record that breaks the XML
 * or the MARC rules (bad subfield code, field without subfields, missing leader, bytes that
 * are not UTF-8) is refused, and reading goes on with the next one.
 */
export async function* readMarcXml(file: string): AsyncGenerator<ReadResult> {
  const parser = sax.parser(true, { position: true })
  const decoder = new Utf8Chunks()
  const offsets = new ByteOffsets()
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
    if (decoder.sawInvalid && Object.values(node.attributes).some((value) => value.includes(INVALID_BYTE))) note(`the <${name}> tag has bytes that are not valid UTF-8`)
    if (name === 'record') {
      open.push({ byteOffset: offsets.at(parser.startTagPosition - 1), hasMarc: false, line: parser.line + 1, marc: { controlFields: [], dataFields: [], leader: '' } })
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
    if (decoder.sawInvalid && value.includes(INVALID_BYTE)) note('the text has bytes that are not valid UTF-8')
  }
  parser.ontext = ontext
  parser.oncdata = ontext

  parser.onclosetag = (tagName) => {
    const name = localName(tagName)
    const record = current()
    if (record === undefined) return
    if (name === 'leader' && text !== undefined) {
      const leader = leaderOf(text)
      if ('problem' in leader) note(leader.problem)
      else record.marc.leader = leader.leader
      text = undefined
    } else if (name === 'controlfield' && text !== undefined) {
      if (!isTag(code)) note(`a control field has the tag “${code}”, which is not three letters or digits`)
      record.marc.controlFields.push({ tag: code, value: text })
      text = undefined
    } else if (name === 'subfield') {
      if (text !== undefined) field?.subfields.push({ code, value: text })
      text = undefined
    } else if (name === 'datafield' && field !== undefined) {
      const problem = fieldProblem(field)
      if (problem !== undefined) note(problem)
      record.marc.dataFields.push(field)
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
    results.push(record.problem === undefined ? { ok: true, position, record: marc, warnings: [] } : { ok: false, position, reason: record.problem })
  }

  parser.onerror = (error) => {
    note(`the XML is not well-formed: ${error.message.split('\n')[0]}`)
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
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
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
