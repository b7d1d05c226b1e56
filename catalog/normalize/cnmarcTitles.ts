import type { DataField, MarcRecord, RecordWarning } from '../marc/types'
import { dataFieldsOf } from './marcFields'
import { trimSeparators, unique } from './text'

type Title = { afterPartNumber: boolean; text: string }

/**
 * The titles of a UNIMARC title field, in ISBD order: $a the title proper (another $a after
 * " ; "), and each $d a parallel title; what follows either completes it: $e other title
 * information (" : "), $h the number of a part (". "), $i the name of a part (", " after a
 * number, else ". "). So in `$a中国发展报告$e经济篇$dChina development report$eEconomy` the
 * English subtitle belongs to the English title.
 */
export function titlesOf(field: DataField): { parallel: string[]; title?: string } {
  const main: Title = { afterPartNumber: false, text: '' }
  const parallel: Title[] = []
  let current = main
  for (const { code, value } of field.subfields) {
    const text = trimSeparators(value)
    if (text === '') continue
    if (code === 'a') {
      current = main
      main.text = main.text === '' ? text : `${main.text} ; ${text}`
    } else if (code === 'd') {
      current = { afterPartNumber: false, text }
      parallel.push(current)
    } else if (current.text === '') continue
    else if (code === 'e') current.text = `${current.text} : ${text}`
    else if (code === 'h') current.text = `${current.text}. ${text}`
    else if (code === 'i') current.text = `${current.text}${current.afterPartNumber ? ', ' : '. '}${text}`
    current.afterPartNumber = code === 'h'
  }
  return { parallel: parallel.map((title) => title.text), title: main.text === '' ? undefined : main.text }
}

/**
 * The fields of a book's other titles: 500 uniform title, 510 parallel title, 512 cover, 513
 * added title page, 514 caption, 515 running, 516 spine and 517 other variant titles, 540
 * and 541 titles the cataloguer added or translated.
 */
export const OTHER_TITLE_TAGS = ['500', '510', '512', '513', '514', '515', '516', '517', '540', '541']

/**
 * The other titles of a record: the parallel titles of 200, then those of the other title
 * fields, each once and without the title itself. A field that holds no title is left out
 * with a warning.
 */
export function otherTitles(record: MarcRecord, titleField: DataField | undefined, warnings: RecordWarning[]): string[] {
  const fromTitleField = titleField === undefined ? { parallel: [] } : titlesOf(titleField)
  const fromOthers = dataFieldsOf(record, OTHER_TITLE_TAGS).flatMap((field) => {
    const { title } = titlesOf(field)
    if (title === undefined) warnings.push({ field: field.tag, message: `${field.tag} holds no title: left out` })
    return title === undefined ? [] : [title]
  })
  return unique([...fromTitleField.parallel, ...fromOthers]).filter((text) => text !== fromTitleField.title)
}
