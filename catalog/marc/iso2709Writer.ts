import type { MarcRecord } from './types'

const FIELD_TERMINATOR = 0x1e
const RECORD_TERMINATOR = 0x1d
const SUBFIELD_DELIMITER = 0x1f

const digits = (value: number, width: number) => {
  const text = String(value)
  if (text.length > width) throw new Error(`${value} does not fit in ${width} digits of an ISO 2709 record`)
  return text.padStart(width, '0')
}

const encoder = new TextEncoder()

const concat = (parts: Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/**
 * One record as ISO 2709 (UTF-8): leader, directory, fields. Leader positions 0–4 (record
 * length) and 12–16 (base address) are computed; the rest of the leader is kept. Browser-safe:
 * the record page's download is made with it.
 */
export function iso2709Bytes(record: MarcRecord): Uint8Array {
  const fields = [
    ...record.controlFields.map((field) => ({ data: encoder.encode(field.value), tag: field.tag })),
    ...record.dataFields.map((field) => ({
      data: concat([
        encoder.encode(`${field.ind1}${field.ind2}`),
        ...field.subfields.flatMap((subfield) => [Uint8Array.of(SUBFIELD_DELIMITER), encoder.encode(`${subfield.code}${subfield.value}`)]),
      ]),
      tag: field.tag,
    })),
  ].map((field) => ({ ...field, data: concat([field.data, Uint8Array.of(FIELD_TERMINATOR)]) }))

  let offset = 0
  const directory = fields.map((field) => {
    const entry = `${field.tag}${digits(field.data.length, 4)}${digits(offset, 5)}`
    offset += field.data.length
    return entry
  })
  const directoryBytes = concat([encoder.encode(directory.join('')), Uint8Array.of(FIELD_TERMINATOR)])
  const baseAddress = 24 + directoryBytes.length
  const length = baseAddress + offset + 1
  const leader = `${digits(length, 5)}${record.leader.slice(5, 12).padEnd(7, ' ')}${digits(baseAddress, 5)}${record.leader.slice(17, 24).padEnd(7, ' ')}`
  return concat([encoder.encode(leader), directoryBytes, ...fields.map((field) => field.data), Uint8Array.of(RECORD_TERMINATOR)])
}

/** One record as ISO 2709, as a Buffer: see iso2709Bytes. */
export function writeIso2709(record: MarcRecord): Buffer {
  const bytes = iso2709Bytes(record)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
}
