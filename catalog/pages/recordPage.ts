import { parse as parseIsbn } from 'isbn3'

import { escapeHtml } from '../../shared/escapeHtml'
import type { CatalogItem, CatalogRecord, VernacularText } from '../contract'
import { citationFacts, gbt7714 } from '../display/citation'
import { languageName, languageTag, ownLanguageNames, romanisedTag } from '../display/languageTags'
import { recordPath, recordSlug } from '../display/recordAddress'
import { clcLevels } from '../normalize/clc'
import { marcRecordOf } from '../normalize/marcSource'
import { RECORD_TOKENS, type RecordShell } from './recordShell'

/** The parts of a shell between its tokens, found once for all the records of a run. */
export type PreparedShell = { languageNames: Record<string, string>; parts: string[]; sample: boolean; shell: RecordShell; tokens: Token[] }
/** What a page puts in place of each token of its shell. */
export type PageValues = Record<Token, string>
export type Token = 'description' | 'documentTitle' | 'head' | 'jsonLd' | 'main' | 'slug' | 'title'

/** Search results cut titles at about 60 characters: the site's layout (BaseLayout.astro) shortens the same way. */
const MAX_TITLE = 60

/**
 * Splits a shell at its tokens. The document's title is the layout's "<title> · <site>", which a
 * long title replaces whole. `sample`: the pages are the sample catalog's, and say so.
 */
export function prepareShell(shell: RecordShell, { sample = false }: { sample?: boolean } = {}): PreparedShell {
  const html = shell.html.replace(/<title>[^<]*<\/title>/u, '<title>\u0000documentTitle\u0000</title>')
  const marks: [string, Token][] = [
    [RECORD_TOKENS.slug, 'slug'],
    [RECORD_TOKENS.title, 'title'],
    [RECORD_TOKENS.description, 'description'],
    [JSON.stringify(RECORD_TOKENS.jsonLd), 'jsonLd'],
    [RECORD_TOKENS.head, 'head'],
    [RECORD_TOKENS.main, 'main'],
    ['\u0000documentTitle\u0000', 'documentTitle'],
  ]
  const parts: string[] = []
  const tokens: Token[] = []
  let rest = html
  for (;;) {
    let first: { at: number; mark: string; token: Token } | undefined
    for (const [mark, token] of marks) {
      const at = rest.indexOf(mark)
      if (at !== -1 && (first === undefined || at < first.at)) first = { at, mark, token }
    }
    if (!first) break
    parts.push(rest.slice(0, first.at))
    tokens.push(first.token)
    rest = rest.slice(first.at + first.mark.length)
  }
  parts.push(rest)
  for (const token of ['main', 'slug', 'title'] as const) {
    if (!tokens.includes(token)) throw new Error(`The record page shell of "${shell.locale}" has no ${token} token: is the site's record page (site/pages/[...lang]/catalog/record/[slug].astro) built from the same version?`)
  }
  return { languageNames: ownLanguageNames(shell.text), parts, sample, shell, tokens }
}

const html = escapeHtml

/** A record's text, marked with its language so that the browser picks fonts, line breaks and voice. */
const inLanguage = (text: string, lang: string | undefined, tag = 'span') => (lang ? `<${tag} lang="${lang}">${html(text)}</${tag}>` : html(text))

/** A field of the record: a label and its value (HTML), left out when it has none. */
const row = (label: string, value: string | undefined) => (value ? `<div class="field"><dt>${html(label)}</dt><dd>${value}</dd></div>` : '')

const searchLink = (locale: RecordShell['locale'], query: string, text: string, lang?: string) =>
  `<a href="${locale === 'en' ? '/en' : ''}/catalog/?q=${encodeURIComponent(query)}">${inLanguage(text, lang)}</a>`

/** An ISBN as the ISBN agency hyphenates it, when isbn3 knows its ranges; else its digits. */
function hyphenated(isbn: string): string {
  return parseIsbn(isbn)?.isbn13h ?? isbn
}

/** "Place : Publisher, date", as ISBD writes the publication area. */
function publication(record: CatalogRecord, lang: string | undefined): string | undefined {
  const place = record.description?.place
  const date = record.description?.publicationDate ?? (record.year === undefined ? undefined : String(record.year))
  const publisher = record.publisher
  if (!place && !publisher && !date) return undefined
  const text = [place, place && publisher ? ' : ' : '', publisher, (place || publisher) && date ? ', ' : '', date].filter(Boolean).join('')
  return inLanguage(text, lang)
}

const list = (items: string[], lang: string | undefined, ordered = false) =>
  items.length === 1 ? inLanguage(items[0]!, lang) : `<${ordered ? 'ol' : 'ul'}>${items.map((item) => `<li>${inLanguage(item, lang)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`

/** The text in its own script beside the romanised one (880), marked as such. */
const withScript = (romanised: string, script: string | undefined, lang: string | undefined) =>
  script ? `${romanised}<span class="vernacular"${lang ? ` lang="${lang}"` : ''} dir="auto">${html(script)}</span>` : romanised

/** The MARC view: each field a row, tag, indicators and subfields as librarians read them. */
function marcView(record: CatalogRecord, text: Record<string, string>): string {
  if (!record.marc) return ''
  const marc = marcRecordOf(record.marc)
  const rows = [
    `<tr><th scope="row">LDR</th><td></td><td>${html(marc.leader)}</td></tr>`,
    ...marc.controlFields.map((field) => `<tr><th scope="row">${html(field.tag)}</th><td></td><td>${html(field.value)}</td></tr>`),
    ...marc.dataFields.map(
      (field) =>
        `<tr><th scope="row">${html(field.tag)}</th><td>${html(`${field.ind1}${field.ind2}`.replace(/ /g, '_'))}</td><td dir="auto">${field.subfields
          .map((subfield) => `<span class="sf"><b>$${html(subfield.code)}</b>${html(subfield.value)}</span>`)
          .join(' ')}</td></tr>`,
    ),
  ]
  const format = record.marc.format === 'marc21' ? 'MARC 21' : 'UNIMARC / CNMARC'
  return `<details class="marc-view"><summary>${html(text.marc ?? 'MARC')} (${format})</summary><table><thead><tr><th scope="col">${html(text.marcTag ?? '')}</th><th scope="col">${html(text.marcIndicators ?? '')}</th><th scope="col">${html(text.marcData ?? '')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`
}

/** A service point's name, linked to it on the site, with its address and hours; a code no service point has, as it is. */
function placeHeading(code: string, shell: RecordShell): string {
  const { text } = shell
  const place = shell.branches[code]
  if (place?.name === undefined) return `<h3><span class="place-code">${html(text.locationCode ?? '')} <code>${html(code)}</code></span></h3>`
  return `<h3><a href="${html(place.path)}">${html(place.name)}</a></h3>${placeDetails([
    [text.placeAddress, place.address],
    [text.placeHours, place.hours],
  ])}`
}

/** Short facts of a place, a label and a text each; those without a text left out. */
function placeDetails(facts: [string | undefined, string | undefined][]): string {
  const given = facts.filter(([, value]) => value)
  if (given.length === 0) return ''
  return `<dl class="place-details">${given.map(([label, value]) => `<div><dt>${html(label ?? '')}</dt><dd>${html(value!)}</dd></div>`).join('')}</dl>`
}

/**
 * The copies of one place: a row each with its shelf mark and, when the export gives them, its
 * barcode and where in the place it stands. The status column is hidden until the page's script
 * fills it from the copies' availability (site/client/recordAvailability.ts).
 */
function copiesTable(items: CatalogItem[], record: CatalogRecord, text: RecordShell['text']): string {
  const columns: [string | undefined, (item: CatalogItem) => string | undefined][] = [
    [text.callNumber, (item) => item.shelfMark ?? record.callNumber],
    [text.barcode, (item) => item.barcode],
    [text.shelvingLocation, (item) => item.location],
  ]
  const shown = columns.filter(([, value]) => items.some((item) => value(item) !== undefined))
  const head = shown.map(([label]) => `<th scope="col">${html(label ?? '')}</th>`).join('')
  const status = (item: CatalogItem) => `<td class="copy-status" hidden${item.barcode ? ` data-barcode="${html(item.barcode)}"` : ''}></td>`
  const rows = items.map((item) => `<tr>${shown.map(([, value]) => `<td>${html(value(item) ?? '')}</td>`).join('')}${status(item)}</tr>`)
  return `<table><thead><tr>${head}<th scope="col" class="copy-status" hidden>${html(text.status ?? '')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/** Where the copies are: under each service point holding some, its copies (or, for a CSV export, their number). */
function holdings(record: CatalogRecord, shell: RecordShell): string {
  const { text } = shell
  if (record.holdings.length === 0) return ''
  const places = record.holdings.map(({ branch, copies }) => {
    const items = record.items?.filter((item) => item.branch === branch) ?? []
    const copiesPart = items.length > 0
      ? copiesTable(items, record, text)
      : placeDetails([
          [text.callNumber, record.callNumber],
          [text.copies, String(copies)],
        ])
    return `<section class="place">${placeHeading(branch, shell)}${copiesPart}</section>`
  })
  // The copies' status as of the library system's last export, filled in by the page's script.
  const availability = `<p class="availability" hidden></p>`
  return `<section class="holdings" aria-labelledby="holdings" data-record="${html(record.id)}"><h2 id="holdings">${html(text.holdings ?? '')}</h2>${availability}${places.join('')}</section>`
}

/** The page's main content: the whole record. */
function recordMain(record: CatalogRecord, prepared: PreparedShell): string {
  const { shell } = prepared
  const { locale, text } = shell
  const lang = languageTag(record.language)
  // Romanised text of a record that also gives its own script is marked as such (zh-Latn).
  const romanLang = record.vernacular ? romanisedTag(record.language) : lang
  const vernacular: VernacularText = record.vernacular ?? {}
  const d = record.description ?? {}
  const separator = locale === 'en' ? '; ' : '；'
  const isbnTerms = new Map((d.isbnTerms ?? []).map((terms) => [terms.isbn, terms]))
  const isbns = record.isbn.map((isbn) => {
    const terms = isbnTerms.get(isbn)
    const extra = [terms?.qualifier && `(${terms.qualifier})`, terms?.price].filter(Boolean).join(' ')
    return `${html(hyphenated(isbn))}${extra ? ` <span class="isbn-terms">${html(extra)}</span>` : ''}`
  })
  const fields = [
    row(text.responsibility ?? '', d.responsibility && withScript(inLanguage(d.responsibility, romanLang), vernacular.responsibility, lang)),
    row(
      text.authors ?? '',
      record.authors.length > 0 || vernacular.authors
        ? [...record.authors.map((name) => searchLink(locale, name, name, romanLang)), ...(vernacular.authors ?? []).map((name) => searchLink(locale, name, name, lang))].join(separator)
        : undefined,
    ),
    row(text.parallelTitles ?? '', d.parallelTitles && list(d.parallelTitles, undefined)),
    row(text.edition ?? '', d.edition && withScript(inLanguage(d.edition, romanLang), vernacular.edition, lang)),
    row(text.publication ?? '', publication(record, romanLang)),
    row(text.physical ?? '', d.physical && inLanguage(d.physical, romanLang)),
    row(
      text.series ?? '',
      d.seriesStatements
        ? d.seriesStatements.map(({ number, title }) => `${searchLink(locale, title, title, romanLang)}${number ? ` ; ${html(number)}` : ''}`).join('<br>')
        : record.series?.map((title) => searchLink(locale, title, title, romanLang)).join('<br>'),
    ),
    row(text.notes ?? '', d.notes && list(d.notes, romanLang)),
    row(text.contents ?? '', d.contents && list(d.contents, romanLang, true)),
    row(text.summary ?? '', d.summary?.map((summary) => inLanguage(summary, romanLang, 'p')).join('')),
    row(text.subjects ?? '', record.subjects.length > 0 ? record.subjects.map((subject) => searchLink(locale, subject, subject, lang)).join(separator) : undefined),
    // The class number leads to the books of its class, as deep as browsing goes (I247.5 → I24).
    row(text.clc ?? '', record.clc && `<a href="${locale === 'en' ? '/en' : ''}/catalog/?class=${encodeURIComponent(clcLevels(record.clc).at(-1) ?? '')}">${html(record.clc)}</a>`),
    row(text.isbn ?? '', isbns.length > 0 ? isbns.join('<br>') : undefined),
    row(text.language ?? '', record.language && html(languageName(record.language, locale === 'en' ? 'en' : 'zh-CN', prepared.languageNames))),
    row(text.otherTitles ?? '', record.otherTitles || vernacular.otherTitles ? list([...(record.otherTitles ?? []), ...(vernacular.otherTitles ?? [])], undefined) : undefined),
    row(text.pinyin ?? '', record.titlePinyin && inLanguage(record.titlePinyin, 'zh-Latn')),
    row(text.callNumber ?? '', record.callNumber && html(record.callNumber)),
  ].join('')
  const heading = `<h1 class="record-title">${withScript(inLanguage(record.title, romanLang), vernacular.title, lang)}</h1>`
  const back = `<p class="record-back"><a href="${locale === 'en' ? '/en' : ''}/catalog/">${html(text.back ?? '')}</a></p>`
  const sample = prepared.sample ? `<p class="notice catalog-sample">${html(text.sample ?? '')}</p>` : ''
  return `<article class="catalog-record">${back}${heading}${sample}<dl class="record-fields">${fields}</dl>${holdings(record, shell)}${relatedSection(record, text)}${citeSection(record, shell)}${marcView(record, text)}</article>`
}

/** What a link preview and a search engine's snippet say of the book: authors, publisher and year, ISBN. */
function descriptionOf(record: CatalogRecord): string {
  return [record.authors.slice(0, 3).join('; '), [record.publisher, record.year].filter(Boolean).join(', '), record.isbn[0] && `ISBN ${hyphenated(record.isbn[0])}`]
    .filter(Boolean)
    .join(' · ')
}

/** schema.org's Book, for search engines. */
/**
 * Where the page's script (site/client/recordRelated.ts) lists other books: by the record's first
 * author, in its series, and other editions of it (the same title and author). Found in the
 * catalog's index when the page is read, so that they follow each import; without JavaScript the
 * author and series links above lead to the same searches.
 */
function relatedSection(record: CatalogRecord, text: RecordShell['text']): string {
  const data = { author: record.authors[0], record: record.id, series: record.series?.[0], title: record.title }
  const attributes = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` data-${name}="${html(value!)}"`)
    .join('')
  return `<section class="related" hidden aria-labelledby="related"${attributes}><h2 id="related">${html(text.related ?? '')}</h2></section>`
}

/** The page's own address, whole: what a citation and the QR code give. */
const pageUrl = (record: CatalogRecord, shell: RecordShell) => `${shell.site.replace(/\/$/u, '')}${recordPath(record.id, shell.locale === 'en')}`

/**
 * Cite, export, share: the GB/T 7714 reference, and the buttons the page's script
 * (site/client/recordTools.ts) makes work: copy it, download RIS, BibTeX, MARCXML and ISO 2709,
 * show the QR code of the page's address. The facts the downloads are made of go with them; the
 * MARC downloads are made from the MARC view.
 */
function citeSection(record: CatalogRecord, shell: RecordShell): string {
  const { text } = shell
  const facts = citationFacts(record, pageUrl(record, shell))
  const lang = languageTag(record.language)
  const button = (attributes: string, label: string | undefined) => `<button type="button" ${attributes}>${html(label ?? '')}</button>`
  const downloads = [
    ['ris', 'RIS'],
    ['bibtex', 'BibTeX'],
    ...(record.marc ? [['marcxml', 'MARCXML'], ['iso2709', 'ISO 2709 (MARC)']] : []),
  ].map(([format, label]) => button(`data-download="${format}"`, label))
  return (
    `<section class="cite" aria-labelledby="cite"><h2 id="cite">${html(text.cite ?? '')}</h2>` +
    `<p class="cite-standard">${html(text.citeGbt ?? '')}</p><p class="citation"${lang ? ` lang="${lang}"` : ''}>${html(gbt7714(facts))}</p>` +
    `<div class="record-tools" hidden>${button('data-copy', text.copyCitation)}<span class="downloads" role="group" aria-label="${html(text.download ?? '')}">${downloads.join('')}</span>${button('data-qr aria-expanded="false" aria-controls="record-qr"', text.qrCode)}</div>` +
    `<div class="qr" id="record-qr" hidden></div>` +
    `<script type="application/json" data-citation>${JSON.stringify(facts).replace(/</gu, '\\u003c')}</script></section>`
  )
}

function jsonLdOf(record: CatalogRecord, shell: RecordShell): string {
  const book = {
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: record.title,
    url: pageUrl(record, shell),
    ...(record.authors.length > 0 ? { author: record.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(record.publisher ? { publisher: { '@type': 'Organization', name: record.publisher } } : {}),
    ...(record.year !== undefined ? { datePublished: String(record.year) } : {}),
    ...(record.isbn.length > 0 ? { isbn: record.isbn[0] } : {}),
    ...(languageTag(record.language) ? { inLanguage: languageTag(record.language) } : {}),
    ...(record.description?.edition ? { bookEdition: record.description.edition } : {}),
    ...(record.subjects.length > 0 ? { about: record.subjects } : {}),
  }
  return JSON.stringify(book).replace(/</g, '\\u003c')
}

function documentTitle(title: string, siteName: string): string {
  const full = `${title} · ${siteName}`
  if (full.length <= MAX_TITLE) return full
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE).replace(/\s+\S*$/u, '')}…`
}

/** The page: the shell with each token replaced by its value. */
export function fill(prepared: PreparedShell, values: PageValues): string {
  let out = prepared.parts[0]!
  for (let i = 0; i < prepared.tokens.length; i += 1) out += values[prepared.tokens[i]!] + prepared.parts[i + 1]!
  return out
}

/** A record's page in the shell's language. */
export const recordPage = (record: CatalogRecord, prepared: PreparedShell): string => fill(prepared, recordValues(record, prepared))

/** What a record's page puts in its shell. */
export function recordValues(record: CatalogRecord, prepared: PreparedShell): PageValues {
  const { shell } = prepared
  return {
    description: html(descriptionOf(record)),
    documentTitle: html(documentTitle(record.title, shell.siteName)),
    head: '',
    jsonLd: jsonLdOf(record, shell),
    main: recordMain(record, prepared),
    slug: recordSlug(record.id),
    title: html(record.title),
  }
}

/** The page of a record the catalog no longer has, at its address: it says so, and search engines drop it. */
export const withdrawnPage = (id: string, prepared: PreparedShell): string => fill(prepared, withdrawnValues(id, prepared))

/** What the page of a record the catalog no longer has puts in its shell. */
export function withdrawnValues(id: string, prepared: PreparedShell): PageValues {
  const { shell } = prepared
  const { locale, text } = shell
  const title = text.record ?? ''
  return {
    description: html(text.recordMissing ?? ''),
    documentTitle: html(documentTitle(title, shell.siteName)),
    head: '<meta name="robots" content="noindex">',
    jsonLd: '{}',
    main: `<article class="catalog-record"><h1>${html(title)}</h1><p class="notice">${html(text.recordMissing ?? '')}</p><p><a href="${locale === 'en' ? '/en' : ''}/catalog/">${html(text.back ?? '')}</a></p></article>`,
    slug: recordSlug(id),
    title: html(title),
  }
}
