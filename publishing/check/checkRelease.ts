import fs from 'node:fs'
import path from 'node:path'

import { RELEASE_INFO, readReleaseInfo } from '../releaseInfo'
import { type FeedFile, readCalendar, readXml } from './feedFiles'
import { pageTitles } from './pageTitles'
import { siteTexts } from './siteTexts'
import { normalizeText, titleUnits } from './titleText'

/** A title found only in drafts, which the public site must not show. */
export type DraftText = { collection: string; id: number | string; text: string }

/**
 * What the CMS holds only in drafts, for the check to look for, and every text of its published
 * content, which a draft may share without leaking (see siteTexts).
 */
export type DraftCheck = { published: string[]; titles: DraftText[] }

/** The catalog's data is linked in from its own import, search index chunks are binary, and the release info is read on its own. */
const UNCHECKED_FOLDERS = ['catalog/data', 'pagefind', '_astro', '.release']
const TEXT_FILE = /\.(html|xml|ics|json|txt)$/
/** Files named for a draft that shows up in a build: enough to find it, few enough to read. */
const SHOWN_FILES = 3

/** The text files of a build, its own folders only: the catalog's tens of thousands of files are not walked. */
function textFiles(dir: string, folder = ''): string[] {
  return fs.readdirSync(path.join(dir, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = folder ? `${folder}/${entry.name}` : entry.name
    if (entry.isDirectory()) return UNCHECKED_FOLDERS.includes(file) ? [] : textFiles(dir, file)
    return TEXT_FILE.test(file) ? [file] : []
  })
}

/** How many pages a build has. */
export const countPages = (dir: string): number => textFiles(dir).filter((file) => file.endsWith('.html')).length

function missingFiles(dir: string, required: string[]): string[] {
  const missing = required.filter((file) => !fs.existsSync(path.join(dir, file)))
  const searchIndex = missing.filter((file) => file.startsWith('pagefind/'))
  return [
    ...missing.filter((file) => !searchIndex.includes(file)).map((file) => `${file} is missing.`),
    // When Pagefind's indexer dies, its Node API never answers and Astro exits as if all went well.
    ...(searchIndex.length > 0 ? [`The search index is missing (${searchIndex.join(', ')}): Pagefind's indexer did not finish.`] : []),
  ]
}

function incompletePages(dir: string, files: string[]): string[] {
  return files
    .filter((file) => file.endsWith('.html') && !fs.readFileSync(path.join(dir, file), 'utf8').trimEnd().endsWith('</html>'))
    .map((file) => `${file} is incomplete: it does not end with </html>.`)
}

/** Every page the sitemap lists must be in the build. */
function pagesMissingFromSitemap(dir: string): string[] {
  const sitemaps = fs.readdirSync(dir).filter((file) => /^sitemap-\d+\.xml$/.test(file))
  if (sitemaps.length === 0) return ['The sitemap lists no pages.']
  const problems: string[] = []
  for (const sitemap of sitemaps) {
    for (const [, loc] of fs.readFileSync(path.join(dir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const page = decodeURIComponent(new URL(loc!).pathname).replace(/^\/+/, '')
      if (!fs.existsSync(path.join(dir, page, 'index.html'))) problems.push(`/${page} is in the sitemap but was not built.`)
    }
  }
  return problems
}

function searchIndexProblems(dir: string, languages: string[]): string[] {
  const entryFile = path.join(dir, 'pagefind', 'pagefind-entry.json')
  if (!fs.existsSync(entryFile)) return []
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> }
  return languages.filter((language) => !(entry.languages?.[language]?.page_count ?? 0)).map(
    (language) => `The search index has no pages in ${language}.`,
  )
}

/** The feeds, sitemaps and calendars of a build, each read as its readers will. */
function readFeeds(dir: string, files: string[]): Map<string, FeedFile> {
  const feeds = new Map<string, FeedFile>()
  for (const file of files) {
    if (file.endsWith('.xml')) feeds.set(file, readXml(fs.readFileSync(path.join(dir, file), 'utf8')))
    else if (file.endsWith('.ics')) feeds.set(file, readCalendar(fs.readFileSync(path.join(dir, file), 'utf8')))
  }
  return feeds
}

const feedProblems = (feeds: Map<string, FeedFile>): string[] =>
  [...feeds].filter(([, feed]) => feed.problem).map(([file, feed]) => `${file} ${feed.problem}`)

/** A part of the text that any file showing it must contain as written, whatever it escapes. */
const probeOf = (text: string) => text.split(/[\s&<>"']+/).reduce((longest, part) => (part.length > longest.length ? part : longest), '')

/**
 * Draft-only titles shown as titles: the whole text of a page's title, heading or link, an RSS
 * item's title or a calendar event's SUMMARY, or a part of one the site composed ("流动图书车 · …").
 * Text that only contains a draft's title — a sentence, a URL, JSON-LD — is no leak: a draft
 * titled "Sunday" must not stop publishing. Search is not looked at: Pagefind indexes these pages.
 */
function draftTitlesFound(dir: string, files: string[], feeds: Map<string, FeedFile>, drafts: DraftText[]): string[] {
  if (drafts.length === 0) return []
  const byText = new Map<string, DraftText[]>()
  for (const draft of drafts) {
    const text = normalizeText(draft.text)
    byText.set(text, [...(byText.get(text) ?? []), draft])
  }
  const probes = [...new Set(drafts.map((draft) => probeOf(normalizeText(draft.text))))]
  const filesShowing = new Map<DraftText, string[]>()
  for (const file of files) {
    let titles = feeds.get(file)?.titles
    if (!titles && file.endsWith('.html')) {
      const content = fs.readFileSync(path.join(dir, file), 'utf8')
      // Pages that cannot show a draft's title are not parsed: the check stays fast.
      titles = probes.some((probe) => content.includes(probe)) ? pageTitles(content) : []
    }
    for (const draft of new Set((titles ?? []).flatMap(titleUnits).flatMap((unit) => byText.get(unit) ?? []))) {
      filesShowing.set(draft, [...(filesShowing.get(draft) ?? []), file])
    }
  }
  return [...filesShowing].map(([draft, showing]) => {
    const shown = showing.sort().slice(0, SHOWN_FILES)
    const more = showing.length - shown.length
    return `Draft text of ${draft.collection} ${draft.id} ("${draft.text}") appears in ${shown.join(', ')}${more > 0 ? ` and ${more} more files` : ''}.`
  })
}

/**
 * Checks a finished build before it may go live: the files the site says every build holds
 * (its release info) and every page of its sitemap are there and complete, every feed, sitemap
 * and calendar file parses, the search index covers the site's languages, and no title that
 * exists only in drafts is shown as a title anywhere. Returns the problems found; none means it
 * may go live.
 */
export function checkRelease(dir: string, drafts: DraftCheck = { published: [], titles: [] }): string[] {
  const info = readReleaseInfo(dir)
  if (!info) return [`${RELEASE_INFO} is missing: the site's build did not finish.`]
  const missing = missingFiles(dir, info.requiredFiles)
  if (missing.length > 0) return missing
  const files = textFiles(dir)
  const feeds = readFeeds(dir, files)
  const isSiteText = siteTexts({ interfaceStrings: info.interfaceTexts, published: drafts.published })
  return [
    ...incompletePages(dir, files),
    ...feedProblems(feeds),
    ...pagesMissingFromSitemap(dir),
    ...searchIndexProblems(dir, info.searchLanguages),
    ...draftTitlesFound(dir, files, feeds, drafts.titles.filter((draft) => !isSiteText(draft.text))),
  ]
}
