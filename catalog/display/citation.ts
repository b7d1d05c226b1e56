/**
 * A record as readers cite it: GB/T 7714—2015 (the Chinese standard for bibliographic references,
 * a monograph "[M]"), RIS and BibTeX. The record page shows the GB/T 7714 reference and carries the
 * facts the other two are made of (CitationFacts), so that its script writes them on demand.
 * Browser-safe: the record page's script uses it.
 */
import type { CatalogRecord } from '../contract'

/** What a reference is made of: the record's facts as catalogued, and the page's address. */
export type CitationFacts = {
  authors: string[]
  edition?: string
  id: string
  isbn?: string
  language?: string
  place?: string
  publisher?: string
  series?: string
  title: string
  url: string
  year?: number
}

/**
 * The facts of a record for its references, in the record's own script where it gives it (880:
 * a Chinese book catalogued in pinyin is cited in characters); ISBD punctuation at the title's end
 * dropped, the first place of publication only.
 */
export function citationFacts(record: CatalogRecord, url: string): CitationFacts {
  const own = record.vernacular
  const place = (own?.place ?? record.description?.place)?.split(/\s*;\s*/u)[0]?.replace(/[\s:;,]+$/u, '')
  const facts: CitationFacts = {
    authors: own?.authors ?? record.authors,
    edition: own?.edition ?? record.description?.edition,
    id: record.id,
    isbn: record.isbn[0],
    language: record.language,
    place: place || undefined,
    publisher: own?.publisher ?? record.publisher,
    series: record.series?.[0],
    title: (own?.title ?? record.title).replace(/\s*[/:;,.=]\s*$/u, '').replace(/\s+:\s+/gu, ': '),
    url,
    year: record.year,
  }
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== '')) as CitationFacts
}

const HAN = /\p{Script=Han}/u

/** Whether the reference follows the rules for Chinese works: a Chinese record, or a title in Chinese characters. */
const isChinese = (facts: CitationFacts) => facts.language === 'chi' || HAN.test(facts.title)

/**
 * A name as GB/T 7714 writes it: Chinese names and bodies as catalogued; a Western person's
 * surname in capitals, the forenames as initials without points ("Hunt, Andrew, 1964-" → "HUNT A").
 */
export function gbtName(name: string): string {
  const [surname, forenames] = name.split(/,\s*/u)
  if (HAN.test(name) || forenames === undefined || /\d/u.test(forenames)) return name.replace(/[,.\s]+$/u, '')
  const initials = forenames
    .split(/[\s.-]+/u)
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part[0])
    .join(' ')
  return `${surname!.toUpperCase()}${initials ? ` ${initials}` : ''}`
}

/** An edition worth naming: not the first. */
const laterEdition = (edition: string | undefined) =>
  edition && !/^(第?[1一]版|初版|chu ban|1st ed)/iu.test(edition) ? edition.replace(/\.$/u, '') : undefined

/** The GB/T 7714—2015 reference of a monograph: 主要责任者. 题名[M]. 版本项. 出版地: 出版者, 出版年. */
export function gbt7714(facts: CitationFacts): string {
  const chinese = isChinese(facts)
  const names = facts.authors.slice(0, 3).map(gbtName)
  const authors = names.length === 0 ? '' : `${names.join(', ')}${facts.authors.length > 3 ? (chinese ? ', 等' : ', et al') : ''}. `
  const edition = laterEdition(facts.edition)
  const place = facts.place ?? (chinese ? '[出版地不详]' : '[S.l.]')
  const publisher = facts.publisher ?? (chinese ? '[出版者不详]' : '[s.n.]')
  const year = facts.year === undefined ? '' : `, ${facts.year}`
  return `${authors}${facts.title}[M]. ${edition ? `${edition}. ` : ''}${place}: ${publisher}${year}.`
}

/** One line of a RIS record, or none for a value not given. */
const risLine = (tag: string, value: string | number | undefined) => (value === undefined ? [] : [`${tag}  - ${String(value).replace(/\s+/gu, ' ')}`])

/** The record as RIS (the format of reference managers: EndNote, Zotero, NoteExpress). */
export function ris(facts: CitationFacts): string {
  return [
    'TY  - BOOK',
    ...facts.authors.flatMap((author) => risLine('AU', author)),
    ...risLine('TI', facts.title),
    ...risLine('ET', facts.edition),
    ...risLine('CY', facts.place),
    ...risLine('PB', facts.publisher),
    ...risLine('PY', facts.year),
    ...risLine('SN', facts.isbn),
    ...risLine('T3', facts.series),
    ...risLine('LA', facts.language),
    ...risLine('UR', facts.url),
    ...risLine('ID', facts.id),
    'ER  - ',
    '',
  ].join('\r\n')
}

/** A value inside BibTeX braces: its special characters escaped. */
const bibtexText = (value: string | number) =>
  String(value)
    .replace(/[\\{}%&#_$]/gu, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`))
    .replace(/\s+/gu, ' ')

/** The record as a BibTeX entry, keyed by its identifier. */
export function bibtex(facts: CitationFacts): string {
  const fields: [string, string | number | undefined][] = [
    ['author', facts.authors.length > 0 ? facts.authors.map(bibtexText).join(' and ') : undefined],
    ['title', facts.title && bibtexText(facts.title)],
    ['edition', facts.edition && bibtexText(facts.edition)],
    ['address', facts.place && bibtexText(facts.place)],
    ['publisher', facts.publisher && bibtexText(facts.publisher)],
    ['year', facts.year],
    ['isbn', facts.isbn],
    ['series', facts.series && bibtexText(facts.series)],
    ['language', facts.language],
    ['url', facts.url],
  ]
  const key = facts.id.replace(/[^A-Za-z0-9:_-]/gu, '_')
  return `@book{${key},\n${fields
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n')}\n}\n`
}
