import fs from 'node:fs'
import path from 'node:path'

/**
 * A record page's shell: a page of the site as its build made it (header, footer, styles, the
 * head's tags), with tokens where each record's own text goes. The site builds one a language
 * (site/pages/[...lang]/catalog/record/[slug].astro) and keeps it in its release
 * (`.catalog-shell/<locale>.json`); the catalog fills it in for each record, so that record
 * pages are written by an import, not by every site build, and still look like the site.
 */
export type RecordShell = {
  /** The page with its tokens (RECORD_TOKENS). */
  html: string
  /** The service points by the location codes exports give them (catalog/locationCodes.ts). */
  branches: Record<string, ShellPlace>
  locale: 'en' | 'zh'
  /** The site's address, for the addresses in structured data. */
  site: string
  siteName: string
  /** The catalog's interface texts in the page's language: every `catalog.*` key, without its prefix. */
  text: Record<string, string>
}

/** A service point as a record page names it beside the copies it holds, in the page's language. */
export type ShellPlace = {
  address?: string
  /** A short note of when it is open. */
  hours?: string
  name: string
  /** Its place on the site's page of service points. */
  path: string
}

/** The tokens of a shell, each where the site's layout puts the page's value of it. */
export const RECORD_TOKENS = {
  /** The address's last part (the record's slug): in the canonical address, the alternates, the language switch. */
  slug: '__RECORD_SLUG__',
  title: '__RECORD_TITLE__',
  description: '__RECORD_DESCRIPTION__',
  /** The structured data the layout writes as JSON: it is replaced whole. */
  jsonLd: { __RECORD_JSONLD__: 1 },
  /** More of the head: the robots tag of a withdrawn record's page. */
  head: '<!--catalog-record-head-->',
  main: '<!--catalog-record-->',
} as const

/** Where a site build keeps its shells, in its output folder: a dot-folder, which no web server of ours serves. */
export const SHELL_DIR = '.catalog-shell'

/** The shells of a site build (its output folder), one a language, or undefined when it has none. */
export function readRecordShells(siteDir: string): RecordShell[] | undefined {
  const dir = path.join(siteDir, SHELL_DIR)
  if (!fs.existsSync(dir)) return undefined
  return ['zh', 'en'].map((locale) => JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as RecordShell)
}
