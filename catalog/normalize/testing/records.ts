import type { DataField, MarcRecord } from '../../marc/types'
import type { NormalizeResult } from '../result'

/** A data field for a test: `field('200', [['a', '标题']])`. */
export const field = (tag: string, subfields: [string, string][], ind1 = ' ', ind2 = ' '): DataField => ({
  ind1,
  ind2,
  subfields: subfields.map(([code, value]) => ({ code, value })),
  tag,
})

/** A real record with some of its fields replaced, to show one rule at a time. */
export const withFields = (record: MarcRecord, tags: string[], fields: DataField[]): MarcRecord => ({
  ...record,
  dataFields: [...record.dataFields.filter((f) => !tags.includes(f.tag)), ...fields],
})

/** A normaliser that fails the test with its reason when it refuses a record. */
export const expectNormalized =
  (normalize: (record: MarcRecord) => NormalizeResult) =>
  (record: MarcRecord) => {
    const result = normalize(record)
    if (!result.ok) throw new Error(result.reason)
    return result.record
  }
