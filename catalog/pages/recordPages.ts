import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { linkTree } from '../../shared/linkTree'
import { swapSymlink } from '../../shared/swapSymlink'
import { timeStamp } from '../../shared/timeStamp'
import type { CatalogManifest, CatalogRecord } from '../contract'
import { recordSlug } from '../display/recordAddress'
import { currentBuild, RECORDS_FILE, recordIdOfLine, recordLines } from '../store'
import { prepareShell, recordPage, withdrawnPage } from './recordPage'
import type { RecordShell } from './recordShell'

/**
 * A catalog build's record pages (docs/catalog-pages.md): `pages` in the build is a link to a
 * page set, `CATALOG_DIR/record-pages/<stamp>/`, which holds `base/<locale>/<slug>.html` (every
 * record's page, or a link to an earlier set's base) and `delta/<locale>/<slug>.html` (the pages
 * of the records added, changed or removed since that base was written). A server looks in the
 * delta first. An import that changes few records writes their pages only; one that changes
 * many, or a site whose layout changed (another shell), writes every page again.
 */
export const PAGES = 'pages'
const SETS = 'record-pages'
const SHELL_HASH = 'shell.sha256'

/** A delta may hold this share of the records, at least DELTA_MIN; beyond, every page is written again. */
const DELTA_SHARE = 0.05
const DELTA_MIN = 1000
const PROGRESS_EVERY = 50_000

export type PagesWritten = { bytes: number; files: number; kind: 'all' | 'delta'; seconds: number }

/** The hash of the shells a set's pages were written in: pages written in other shells are not mixed with them. */
const shellHash = (shells: RecordShell[]) => createHash('sha256').update(JSON.stringify(shells)).digest('hex')

/** The page set a build's pages link to, or undefined when it has none. */
export function pageSetOf(build: string | undefined): string | undefined {
  const link = build && path.join(build, PAGES)
  return link && fs.existsSync(link) ? fs.realpathSync(link) : undefined
}

/**
 * Writes the record pages of `build` (its records file) in both languages, and links them from
 * the build: only those of `changedIds` when the previous build's pages were written in the
 * same shells and the delta stays small, else all of them into a new base.
 */
export async function writeBuildPages(
  catalogDir: string,
  build: string,
  shells: RecordShell[],
  options: { changedIds?: Set<string>; previous?: string; progress?: (line: string) => void } = {},
): Promise<PagesWritten> {
  const started = performance.now()
  const progress = options.progress ?? (() => {})
  const hash = shellHash(shells)
  const previousSet = pageSetOf(options.previous)
  const set = path.join(catalogDir, SETS, timeStamp())
  fs.mkdirSync(set, { recursive: true })
  try {
    const written = await writeSet(set, build, shells, hash, previousSet, options.changedIds, progress)
    fs.symlinkSync(path.relative(build, set), path.join(build, PAGES))
    return { ...written, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    fs.rmSync(set, { force: true, recursive: true })
    throw error
  }
}

async function writeSet(
  set: string,
  build: string,
  shells: RecordShell[],
  hash: string,
  previousSet: string | undefined,
  changedIds: Set<string> | undefined,
  progress: (line: string) => void,
): Promise<Omit<PagesWritten, 'seconds'>> {
  let written: Omit<PagesWritten, 'seconds'>
  const sameShells = previousSet !== undefined && fs.existsSync(path.join(previousSet, SHELL_HASH)) && fs.readFileSync(path.join(previousSet, SHELL_HASH), 'utf8') === hash
  const earlierDelta = sameShells && fs.existsSync(path.join(previousSet, 'delta', 'zh')) ? fs.readdirSync(path.join(previousSet, 'delta', 'zh')).length : 0
  const { records } = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
  if (sameShells && changedIds && earlierDelta + changedIds.size <= Math.max(DELTA_MIN, Math.ceil(DELTA_SHARE * records))) {
    fs.symlinkSync(path.relative(set, fs.realpathSync(path.join(previousSet, 'base'))), path.join(set, 'base'))
    // The earlier delta's pages stay, linked; those written again replace their links, never the earlier files.
    fs.mkdirSync(path.join(set, 'delta'))
    linkTree(path.join(previousSet, 'delta'), path.join(set, 'delta'))
    written = { ...(await writePages(path.join(build, RECORDS_FILE), inSet(path.join(set, 'delta')), shells, progress, changedIds)), kind: 'delta' }
  } else {
    fs.mkdirSync(path.join(set, 'delta'))
    written = { ...(await writePages(path.join(build, RECORDS_FILE), inSet(path.join(set, 'base')), shells, progress)), kind: 'all' }
  }
  fs.writeFileSync(path.join(set, SHELL_HASH), hash)
  return written
}

/**
 * Writes every page of the current build again when the site's layout changed since (other
 * shells), into a new set that replaces the build's in one step: a reader gets old pages or
 * new, never a mix. Returns undefined when the pages are up to date or there is no catalog.
 */
export async function refreshRecordPages(catalogDir: string, shells: RecordShell[], progress: (line: string) => void = () => {}): Promise<PagesWritten | undefined> {
  const build = currentBuild(catalogDir)
  if (!build) return undefined
  const set = pageSetOf(build)
  if (set && fs.readFileSync(path.join(set, SHELL_HASH), 'utf8') === shellHash(shells)) return undefined
  const started = performance.now()
  const next = path.join(catalogDir, SETS, timeStamp())
  fs.mkdirSync(next, { recursive: true })
  try {
    const written = await writeSet(next, build, shells, shellHash(shells), undefined, undefined, progress)
    swapSymlink(path.join(build, PAGES), next)
    prunePageSets(catalogDir)
    return { ...written, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    fs.rmSync(next, { force: true, recursive: true })
    throw error
  }
}

/** Removes the page sets no build links to, directly or as the base of its set. */
export function prunePageSets(catalogDir: string): void {
  const sets = path.join(catalogDir, SETS)
  if (!fs.existsSync(sets)) return
  const kept = new Set<string>()
  for (const build of fs.readdirSync(path.join(catalogDir, 'builds'))) {
    const set = pageSetOf(path.join(catalogDir, 'builds', build))
    if (!set) continue
    kept.add(set)
    kept.add(path.dirname(fs.realpathSync(path.join(set, 'base'))))
  }
  for (const name of fs.readdirSync(sets)) if (!kept.has(fs.realpathSync(path.join(sets, name)))) fs.rmSync(path.join(sets, name), { force: true, recursive: true })
}

/** Where a run writes each page: a record's slug and a language give a file. */
type PageFiles = (locale: RecordShell['locale'], slug: string) => string

/** A page set's layout: `<dir>/<locale>/<slug>.html`. */
const inSet =
  (dir: string): PageFiles =>
  (locale, slug) =>
    path.join(dir, locale, `${slug}.html`)

/**
 * A static site's layout, for a host that knows nothing of page sets: each page the
 * `index.html` of its address's folder, `catalog/record/<slug>/` (under `en/` in English).
 */
const atAddresses =
  (siteDir: string): PageFiles =>
  (locale, slug) =>
    path.join(siteDir, locale === 'en' ? 'en' : '', 'catalog', 'record', slug, 'index.html')

/**
 * Writes every record page of a records file into a built static site, at the records'
 * addresses, in the site's own shells: what `npm run build` exports for any static host.
 */
export async function writeSitePages(recordsFile: string, siteDir: string, shells: RecordShell[], progress: (line: string) => void = () => {}): Promise<Omit<PagesWritten, 'kind'>> {
  const started = performance.now()
  const written = await writePages(recordsFile, atAddresses(siteDir), shells, progress)
  return { ...written, seconds: (performance.now() - started) / 1000 }
}

/**
 * Writes the pages of the records of `recordsFile`: all of them, or those of `only`, with a
 * page saying the record is gone for an id the file no longer holds. A file there already is
 * replaced, not written into: it may be a link to an earlier set's.
 */
async function writePages(recordsFile: string, fileOf: PageFiles, shells: RecordShell[], progress: (line: string) => void, only?: Set<string>): Promise<Omit<PagesWritten, 'kind' | 'seconds'>> {
  const prepared = shells.map(prepareShell)
  const folders = new Set<string>()
  let files = 0
  let bytes = 0
  const write = (locale: RecordShell['locale'], slug: string, page: string) => {
    const data = Buffer.from(page)
    const file = fileOf(locale, slug)
    const folder = path.dirname(file)
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    if (only) fs.rmSync(file, { force: true })
    fs.writeFileSync(file, data)
    files += 1
    bytes += data.length
  }
  const pending = only && new Set(only)
  let records = 0
  for await (const line of recordLines(recordsFile)) {
    if (pending) {
      const id = recordIdOfLine(line)
      if (!pending.has(id)) continue
      pending.delete(id)
    }
    const record = JSON.parse(line) as CatalogRecord
    for (const shell of prepared) write(shell.shell.locale, recordSlug(record.id), recordPage(record, shell))
    records += 1
    if (records % PROGRESS_EVERY === 0) progress(`  ${records.toLocaleString('en-US')} records' pages written`)
  }
  // Ids no longer in the catalog: their address says the record is gone.
  for (const id of pending ?? []) for (const shell of prepared) write(shell.shell.locale, recordSlug(id), withdrawnPage(id, shell))
  return { bytes, files }
}
