import type { MarcRecord } from './types'

const FIELD_TERMINATOR = 0x1e
const RECORD_TERMINATOR = 0x1d
const SUBFIELD_DELIMITER = 0x1f

const digits = (value: number, width: number) => {
  const text = String(value)
  if (text.length > width) throw new Error(`${value} does not fit in ${width} digits of an ISO 2709 record`)
  return text.padStart(width, '0')
}

/**
 * Writes one record as ISO 2709 (UTF-8): leader, directory, fields. Leader positions 0–4
 * (record length) and 12–16 (base address) are computed; the rest of the leader is kept.
 */
export function writeIso2709(record: MarcRecord): Buffer {
  const fields = [
    ...record.controlFields.map((field) => ({ data: Buffer.from(field.value, 'utf8'), tag: field.tag })),
    ...record.dataFields.map((field) => ({
      data: Buffer.concat([
        Buffer.from(`${field.ind1}${field.ind2}`, 'utf8'),
        ...field.subfields.flatMap((subfield) => [Buffer.from([SUBFIELD_DELIMITER]), Buffer.from(`${subfield.code}${subfield.value}`, 'utf8')]),
      ]),
      tag: field.tag,
    })),
  ].map((field) => ({ ...field, data: Buffer.concat([field.data, Buffer.from([FIELD_TERMINATOR])]) }))

  let offset = 0
  const directory = fields.map((field) => {
    const entry = `${field.tag}${digits(field.data.length, 4)}${digits(offset, 5)}`
    offset += field.data.length
    return entry
  })
  const directoryBytes = Buffer.concat([Buffer.from(directory.join(''), 'ascii'), Buffer.from([FIELD_TERMINATOR])])
  const baseAddress = 24 + directoryBytes.length
  const length = baseAddress + offset + 1
  const leader = `${digits(length, 5)}${record.leader.slice(5, 12).padEnd(7, ' ')}${digits(baseAddress, 5)}${record.leader.slice(17, 24).padEnd(7, ' ')}`
  return Buffer.concat([Buffer.from(leader, 'ascii'), directoryBytes, ...fields.map((field) => field.data), Buffer.from([RECORD_TERMINATOR])])
}
