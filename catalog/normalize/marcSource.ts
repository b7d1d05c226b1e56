import { FIELD_SEPARATOR, type MarcSource, SUBFIELD_DELIMITER } from '../contract'
import type { DataField, MarcRecord } from '../marc/types'

/** The separators as a value may not hold them: a record's text never does, but nothing read from a file is trusted. */
const SEPARATOR = /[\ufdd0\ufdd1]/u
const safe = (text: string) => (SEPARATOR.test(text) ? text.replace(/[\ufdd0\ufdd1]/gu, '\ufffd') : text)
/** An indicator is one character; a reader gives nothing else, and the format counts on it. */
const indicator = (value: string) => (value.length === 1 ? value : ' ')

/** A MARC record as the records file keeps it (see MarcSource). Built as a list joined once: a string added to at each step takes twice as long. */
export function marcSourceOf(record: MarcRecord, format: MarcSource['format']): MarcSource {
  const control: string[] = []
  for (const field of record.controlFields) control.push(field.tag + safe(field.value))
  const data: string[] = []
  for (const field of record.dataFields) {
    if (data.length > 0) data.push(FIELD_SEPARATOR)
    data.push(field.tag + indicator(field.ind1) + indicator(field.ind2))
    for (const subfield of field.subfields) data.push(SUBFIELD_DELIMITER + subfield.code, safe(subfield.value))
  }
  return { control: control.join(FIELD_SEPARATOR), data: data.join(''), format, leader: record.leader }
}

/** The MARC record a records file keeps, as the readers give records: for a MARC view, and to write it out again. */
export function marcRecordOf(source: MarcSource): MarcRecord {
  const fields = (text: string) => (text === '' ? [] : text.split(FIELD_SEPARATOR))
  return {
    controlFields: fields(source.control).map((field) => ({ tag: field.slice(0, 3), value: field.slice(3) })),
    dataFields: fields(source.data).map((field): DataField => {
      const [head = '', ...subfields] = field.split(SUBFIELD_DELIMITER)
      return {
        ind1: head[3] ?? ' ',
        ind2: head[4] ?? ' ',
        subfields: subfields.map((subfield) => {
          const code = String.fromCodePoint(subfield.codePointAt(0) ?? 0x20)
          return { code, value: subfield.slice(code.length) }
        }),
        tag: head.slice(0, 3),
      }
    }),
    leader: source.leader,
  }
}
