/** A MARC record as read from an export, before it is normalised: MARC21 or UNIMARC/CNMARC. */
export type Subfield = { code: string; value: string }
export type ControlField = { tag: string; value: string }
export type DataField = { ind1: string; ind2: string; subfields: Subfield[]; tag: string }
export type MarcRecord = { controlFields: ControlField[]; dataFields: DataField[]; leader: string }

/** Where a record sits in its file: what every error message names. */
export type RecordPosition = { byteOffset: number; file: string; recordNumber: number }

/**
 * Something wrong in a record that was kept all the same: a field dropped or repaired, a value
 * ignored. `field` is the MARC tag concerned (`020`, `880`), when there is one.
 */
export type RecordWarning = { field?: string; message: string }

/**
 * One record of a file: read, with what had to be dropped or repaired to read it, or refused
 * with the reason when it cannot be read at all.
 */
export type ReadResult =
  | { ok: true; position: RecordPosition; record: MarcRecord; warnings: RecordWarning[] }
  | { ok: false; position: RecordPosition; reason: string }

/** How the text of an export is encoded. `auto`: each file's own declaration, else strict UTF-8, else GB18030. */
export type MarcEncoding = 'auto' | 'gb18030' | 'marc-8' | 'utf-8'
