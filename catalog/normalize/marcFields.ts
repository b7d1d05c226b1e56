import type { DataField, MarcRecord } from '../marc/types'
import { stripIsbdPunctuation } from './text'

/** Every occurrence of a data field, in record order. */
export const dataFields = (record: MarcRecord, tag: string): DataField[] => record.dataFields.filter((field) => field.tag === tag)

/** The data fields whose tag is one of `tags`, in record order. */
export const dataFieldsOf = (record: MarcRecord, tags: readonly string[]): DataField[] =>
  record.dataFields.filter((field) => tags.includes(field.tag))

/** The value of the first occurrence of a control field (001, 008…). */
export const controlField = (record: MarcRecord, tag: string): string | undefined =>
  record.controlFields.find((field) => field.tag === tag)?.value

/**
 * Values of the subfields whose code is in `codes`, in field order. Codes are case-sensitive:
 * CNMARC's `A` (pinyin) is not `a`.
 */
export const subfieldValues = (field: DataField, codes: string): string[] =>
  field.subfields.filter((subfield) => codes.includes(subfield.code)).map((subfield) => subfield.value)

/** The first subfield `code` of a field. */
export const subfield = (field: DataField, code: string): string | undefined => field.subfields.find((s) => s.code === code)?.value

/** The first subfield `code` over all the given fields. */
export const firstSubfield = (fields: DataField[], code: string): string | undefined => {
  for (const field of fields) {
    const value = subfield(field, code)
    if (value !== undefined) return value
  }
  return undefined
}

/** Subfields of a MARC21 field with their ISBD punctuation stripped, empty ones left out. */
export const isbdParts = (field: DataField, codes: string): { code: string; text: string }[] =>
  field.subfields
    .filter((s) => codes.includes(s.code))
    .map((s) => ({ code: s.code, text: stripIsbdPunctuation(s.value) }))
    .filter((part) => part.text !== '')
