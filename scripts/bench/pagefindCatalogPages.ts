import { escapeHtml } from '../../shared/escapeHtml'
import type { CatalogRecord } from '../../catalog/contract'
import { authorsOf, searchAliases, titlesOf } from '../../catalog/searchText'

/**
 * A record as a search result shows it, stored with the search index (Pagefind metadata, which
 * every hit carries): single-letter keys, because every hit downloads them.
 */
export type RecordSummary = {
  /** Authors. */
  a: string[]
  /** Branches (service-point codes) holding copies. */
  b: string[]
  /** CLC class number. */
  c?: string
  /** Publisher. */
  p?: string
  /** The title in its own script, when the title is romanised (`vernacular.title`). */
  v?: string
  /** Year of publication. */
  y?: number
}

/** Records a search page holds: Pagefind's index grows with pages, so records share pages. */
export const RECORDS_PER_PAGE = 10

const branchesOf = (record: CatalogRecord) => [...new Set(record.holdings.map((holding) => holding.branch))].sort()

/** Records that can share a page: the same language, class, year and branches, so filters stay exact. */
const pageKey = (record: CatalogRecord) => [record.language ?? '', record.clcClass ?? '', record.year ?? '', branchesOf(record).join('|')].join('/')

/** Groups records into search pages of at most RECORDS_PER_PAGE that share every filter value. */
export function groupIntoPages(records: CatalogRecord[]): CatalogRecord[][] {
  const groups = new Map<string, CatalogRecord[]>()
  for (const record of records) {
    const key = pageKey(record)
    const group = groups.get(key)
    if (group) group.push(record)
    else groups.set(key, [record])
  }
  return [...groups.values()].flatMap((group) => {
    const pages: CatalogRecord[][] = []
    for (let start = 0; start < group.length; start += RECORDS_PER_PAGE) pages.push(group.slice(start, start + RECORDS_PER_PAGE))
    return pages
  })
}

/**
 * The HTML Pagefind indexes for one search page: the shared filters, and a section per record
 * whose heading id (`r-<id>`) turns each record into a sub-result. Its other titles and its text
 * in its own script (880) follow the heading; the words a record is also found by (pinyin, the
 * other script, ISBN-10) are indexed but kept out of excerpts' way at the end.
 */
export function searchPageHtml(records: CatalogRecord[]): string {
  const [first] = records
  if (!first) throw new Error('A search page needs at least one record')
  const filter = (name: string, value: string | number | undefined) =>
    value === undefined || value === '' ? '' : `<span data-pagefind-filter="${name}">${escapeHtml(String(value))}</span>`
  const summaries: Record<string, RecordSummary> = Object.fromEntries(
    records.map((record) => [
      record.id,
      { a: record.authors, b: branchesOf(record), c: record.clc, p: record.publisher, v: record.vernacular?.title, y: record.year },
    ]),
  )
  const sections = records.map((record) => {
    const otherTitles = titlesOf(record).slice(1)
    const publishers = [record.publisher, record.vernacular?.publisher].filter(Boolean).join(' ')
    const facts = [authorsOf(record).join('、'), publishers, record.year, record.clc, record.callNumber, record.subjects.join('；')].filter(Boolean)
    return (
      `<section><h2 id="r-${escapeHtml(record.id)}">${escapeHtml(record.title)}</h2>` +
      (otherTitles.length > 0 ? `<p>${escapeHtml(otherTitles.join(' · '))}</p>` : '') +
      `<p>${escapeHtml(facts.join(' · '))}</p><p>${escapeHtml(searchAliases(record).join(' '))}</p></section>`
    )
  })
  return (
    '<!doctype html><html lang="zh-CN"><head><title>catalog</title></head><body><main data-pagefind-body>' +
    // Filters and summaries are read from here, but their text is not searched.
    '<div data-pagefind-ignore="index">' +
    filter('class', first.clcClass) +
    filter('year', first.year) +
    filter('language', first.language) +
    branchesOf(first).map((branch) => filter('branch', branch)).join('') +
    `<span data-pagefind-meta="records">${escapeHtml(JSON.stringify(summaries))}</span></div>` +
    `${sections.join('')}</main></body></html>`
  )
}
