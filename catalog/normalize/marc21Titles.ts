import type { DataField, MarcRecord, RecordWarning } from '../marc/types'
import { dataFields, dataFieldsOf, isbdParts } from './marcFields'
import { unique } from './text'

/**
 * The title a MARC21 title field gives, in ISBD order: $a the title (another $a after " ; "),
 * $k the form ("Papers", all the title archives have) after it or alone, $b the remainder
 * (" : "), $n and $p the number and name of a part (". ").
 */
function titleText(field: DataField, codes: string): string | undefined {
  let title = ''
  for (const { code, text } of isbdParts(field, codes)) {
    if (code === 'a' || (code === 'k' && title === '')) title = title === '' ? text : `${title} ; ${text}`
    else if (title === '') continue
    else if (code === 'k') title = `${title} ${text}`
    else title = `${title}${code === 'b' ? ' : ' : '. '}${text}`
  }
  return title === '' ? undefined : title
}

/** The title proper of 245. */
export function mainTitle(record: MarcRecord): string | undefined {
  const field = dataFields(record, '245')[0]
  return field && titleText(field, 'abknp')
}

/**
 * The fields of a book's other titles, with the subfields that make the title: 130, 240, 730
 * uniform titles (without the language, form or date that follow), 242 the cataloguer's
 * translation, 246 variant titles (parallel, cover, spine… but not the $i that says which),
 * 740 added titles.
 */
const OTHER_TITLE_CODES: Record<string, string> = { '130': 'anp', '240': 'anp', '242': 'abnp', '246': 'abnp', '730': 'anp', '740': 'anp' }

/** The tags of the fields of other titles, in the order the record has them. */
export const OTHER_TITLE_TAGS = Object.keys(OTHER_TITLE_CODES)

/**
 * The other titles of a record (parallel, variant, uniform and added titles), each once and
 * without the title itself. A field that holds no title is left out with a warning.
 */
export function otherTitles(record: MarcRecord, title: string | undefined, warnings: RecordWarning[]): string[] {
  const titles = dataFieldsOf(record, OTHER_TITLE_TAGS).flatMap((field) => {
    const text = titleText(field, OTHER_TITLE_CODES[field.tag]!)
    if (text === undefined) warnings.push({ field: field.tag, message: `${field.tag} holds no title: left out` })
    return text === undefined ? [] : [text]
  })
  return unique(titles).filter((text) => text !== title)
}
