import fs from 'node:fs'
import path from 'node:path'

import { escapeHtml } from '../utilities/escapeHtml'

/** Text found only in a draft, which must not appear on the public site. */
export type DraftText = { collection: string; id: number | string; text: string }

/** Pages every build has, in both languages: without them the site is broken. */
const REQUIRED_PAGES = ['', 'news/', 'events/', 'visit/', 'search/'].flatMap((page) => [`${page}index.html`, `en/${page}index.html`])
const REQUIRED_FILES = ['404.html', 'en/404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']
const SEARCH_LANGUAGES = ['zh-cn', 'en']
/** The catalog's data is linked in from its own import, and search index chunks are binary. */
const UNCHECKED_FOLDERS = ['catalog/data', 'pagefind', '_astro']
const TEXT_FILE = /\.(html|xml|ics|json|txt)$/

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

function missingFiles(dir: string): string[] {
  const missing = [...REQUIRED_PAGES, ...REQUIRED_FILES].filter((file) => !fs.existsSync(path.join(dir, file)))
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

function searchIndexProblems(dir: string): string[] {
  const entryFile = path.join(dir, 'pagefind', 'pagefind-entry.json')
  if (!fs.existsSync(entryFile)) return []
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> }
  return SEARCH_LANGUAGES.filter((language) => !(entry.languages?.[language]?.page_count ?? 0)).map(
    (language) => `The search index has no pages in ${language}.`,
  )
}

function draftTextsFound(dir: string, files: string[], drafts: DraftText[]): string[] {
  if (drafts.length === 0) return []
  const problems: string[] = []
  for (const file of files) {
    const content = fs.readFileSync(path.join(dir, file), 'utf8')
    for (const draft of drafts) {
      if (content.includes(draft.text) || content.includes(escapeHtml(draft.text))) {
        problems.push(`Draft text of ${draft.collection} ${draft.id} ("${draft.text}") appears in ${file}.`)
      }
    }
  }
  return problems
}

/**
 * Checks a finished build before it may go live: the pages every site has and every page of its
 * sitemap are there and complete, the search index covers both languages, and no text that
 * exists only in drafts appears anywhere. Returns the problems found; none means it may go live.
 */
export function checkRelease(dir: string, drafts: DraftText[] = []): string[] {
  const missing = missingFiles(dir)
  if (missing.length > 0) return missing
  const files = textFiles(dir)
  return [...incompletePages(dir, files), ...pagesMissingFromSitemap(dir), ...searchIndexProblems(dir), ...draftTextsFound(dir, files, drafts)]
}
