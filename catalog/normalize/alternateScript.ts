import type { DataField, MarcRecord, RecordWarning } from '../marc/types'
import { dataFields, subfield } from './marcFields'

/**
 * MARC21 $6 of an 880: the tag and occurrence of the field it links to, then the script and
 * orientation (`245-02/$1`, `100-01/(2/r`). Occurrence `00` links to no field of the record:
 * the text exists only in its own script, and is read all the same.
 */
const LINK = /^(\d{3})-(\d{2})(?:\/|$)/u

/**
 * A MARC21 record's alternate-script fields (880) as the fields they write in another script:
 * each 880 takes the tag its $6 links it to (`245-02/$1` → a 245), keeping its indicators,
 * which are those of its field. A Chinese book catalogued in pinyin has its characters here.
 * An 880 whose $6 links to no tag is left out with a warning.
 */
export function alternateScriptFields(record: MarcRecord, warnings: RecordWarning[]): DataField[] {
  return dataFields(record, '880').flatMap((field) => {
    const link = subfield(field, '6')?.trim() ?? ''
    const [, tag] = LINK.exec(link) ?? []
    if (tag === undefined) {
      warnings.push({ field: '880', message: `880 whose $6 "${link}" links it to no field: left out` })
      return []
    }
    return [{ ...field, subfields: field.subfields.filter((s) => s.code !== '6'), tag }]
  })
}
