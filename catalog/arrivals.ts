/**
 * New arrivals: the records imports added in the last weeks, for the catalog's page of new books
 * (per class) and its feeds (RSS 2.0, one a language). Each build keeps them (`arrivals.json`,
 * Arrival), carried over from the build before: a record is new from the import that first brought
 * it, for ARRIVAL_WEEKS. The first import of a catalog brings no arrivals: it is the collection;
 * nor does an import that adds more records than the catalog had (another collection replacing
 * sample data, a library system changing its numbers).
 */
import fs from 'node:fs'
import path from 'node:path'

import { escapeHtml } from '../shared/escapeHtml'
import { type Arrival, ARRIVAL_WEEKS, ARRIVALS_FILE, arrivalsFeedFile, type CatalogRecord } from './contract'
import { recordPath } from './display/recordAddress'
import { recordNumbers } from './indexing/recordNumbers'
import { recordIdOfLine, recordLines, RECORDS_FILE, searchedPart } from './store'

/** Items of a feed: the newest. */
const FEED_ITEMS = 100
/** Arrivals kept at most, the newest: the page reads them all. */
const MAX_ARRIVALS = 5000

const day = (date: Date) => date.toISOString().slice(0, 10)

/** The arrivals a build keeps; none when it has none. */
export function readArrivals(build: string | undefined): Arrival[] {
  const file = build && path.join(build, ARRIVALS_FILE)
  return file && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Arrival[]) : []
}

/**
 * Writes the arrivals of `build`: those of the build before still in their weeks and still in
 * the catalog (with their records as they are now), and the records this import added, with
 * their feeds. Returns how many records this import added.
 */
export async function writeArrivals(
  build: string,
  previousBuild: string | undefined,
  changedIds: Set<string>,
  siteUrl = '',
  now = new Date(),
): Promise<number> {
  const earlier = readArrivals(previousBuild).filter(({ added }) => Date.parse(added) > now.getTime() - ARRIVAL_WEEKS * 7 * 86_400_000)
  const before = previousBuild ? recordNumbers(previousBuild)?.numbers : undefined
  let added = new Set(before ? [...changedIds].filter((id) => !before.has(id)) : [])
  if (before && added.size > before.size) added = new Set()
  const since = new Map(earlier.map((arrival) => [arrival.id, arrival.added]))
  for (const id of added) since.set(id, day(now))
  const arrivals: Arrival[] = []
  if (since.size > 0) {
    for await (const line of recordLines(path.join(build, RECORDS_FILE))) {
      const id = recordIdOfLine(line)
      const at = since.get(id)
      if (at === undefined) continue
      const record = JSON.parse(searchedPart(line)) as CatalogRecord
      arrivals.push({
        added: at,
        authors: record.authors.slice(0, 3),
        ...(record.clcClass ? { clcClass: record.clcClass } : {}),
        id,
        ...(record.publisher ? { publisher: record.publisher } : {}),
        title: record.title,
        ...(record.year === undefined ? {} : { year: record.year }),
      })
    }
  }
  arrivals.sort((a, b) => (a.added === b.added ? a.title.localeCompare(b.title, 'zh-CN') : a.added < b.added ? 1 : -1))
  arrivals.length = Math.min(arrivals.length, MAX_ARRIVALS)
  fs.writeFileSync(path.join(build, ARRIVALS_FILE), JSON.stringify(arrivals))
  for (const locale of ['zh', 'en'] as const) fs.writeFileSync(path.join(build, arrivalsFeedFile(locale)), arrivalsFeed(arrivals, locale, siteUrl, now))
  return added.size
}

const FEED_TEXT = {
  en: { description: 'Books the library added to its catalog in the last weeks.', page: '/en/catalog/new/', title: 'Liling City Library: new arrivals' },
  zh: { description: '醴陵市图书馆近几周新入藏的图书。', page: '/catalog/new/', title: '醴陵市图书馆新书通报' },
}

/** The arrivals as an RSS 2.0 feed in a language: each record's title, its authors and publication, and its page. */
export function arrivalsFeed(arrivals: Arrival[], locale: 'en' | 'zh', siteUrl: string, now = new Date()): string {
  const site = siteUrl.replace(/\/$/u, '')
  const text = FEED_TEXT[locale]
  const items = arrivals.slice(0, FEED_ITEMS).map((arrival) => {
    const link = `${site}${recordPath(arrival.id, locale === 'en')}`
    const about = [arrival.authors.join(locale === 'en' ? '; ' : '、'), arrival.publisher, arrival.year].filter(Boolean).join(locale === 'en' ? ', ' : '，')
    return (
      `<item><title>${escapeHtml(arrival.title)}</title><link>${escapeHtml(link)}</link><guid isPermaLink="true">${escapeHtml(link)}</guid>` +
      `<pubDate>${new Date(`${arrival.added}T00:00:00+08:00`).toUTCString()}</pubDate>${about ? `<description>${escapeHtml(about)}</description>` : ''}` +
      `${arrival.clcClass ? `<category>${escapeHtml(arrival.clcClass)}</category>` : ''}</item>`
    )
  })
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeHtml(text.title)}</title><link>${escapeHtml(`${site}${text.page}`)}</link>` +
    `<description>${escapeHtml(text.description)}</description><language>${locale === 'en' ? 'en' : 'zh-CN'}</language><lastBuildDate>${now.toUTCString()}</lastBuildDate>${items.join('')}</channel></rss>\n`
  )
}
