import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { linkTree } from '../../shared/linkTree'
import { swapSymlink } from '../../shared/swapSymlink'
import { timeStamp } from '../../shared/timeStamp'
import type { CatalogManifest } from '../contract'
import { currentBuild, RECORDS_FILE, recordIdOfLine, recordLines } from '../store'
import { recordSlug } from '../display/recordAddress'
import { type PageTarget, PageWriter } from './pageWriter'
import { writeRecordSitemaps } from './recordSitemaps'
import type { RecordShell } from './recordShell'

/**
 * A catalog build's record pages (docs/catalog-pages.md): `pages` in the build is a link to a
 * page set, `CATALOG_DIR/record-pages/<stamp>/`, which holds `base/<locale>/<slug>.html.gz` (every
 * record's page, or a link to an earlier set's base) and `delta/<locale>/<slug>.html.gz` (the
 * pages of the records added, changed or removed since that base was written). A server looks in the
 * delta first. An import that changes few records writes their pages only; one that changes
 * many, or a site whose layout changed (another shell), writes every page again.
 */
export const PAGES = 'pages'
/** Where the site serves the live build's page set (catalog/siteData.ts), and so the record sitemaps: robots.txt names its sitemap.xml. */
export const PAGES_ADDRESS = '/catalog/data/pages/'
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
  let written: Written & { kind: PagesWritten['kind'] }
  const sameShells = previousSet !== undefined && fs.existsSync(path.join(previousSet, SHELL_HASH)) && fs.readFileSync(path.join(previousSet, SHELL_HASH), 'utf8') === hash
  const earlierDelta = sameShells && fs.existsSync(path.join(previousSet, 'delta', 'zh')) ? fs.readdirSync(path.join(previousSet, 'delta', 'zh')).length : 0
  const { records } = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
  if (sameShells && changedIds && earlierDelta + changedIds.size <= Math.max(DELTA_MIN, Math.ceil(DELTA_SHARE * records))) {
    fs.symlinkSync(path.relative(set, fs.realpathSync(path.join(previousSet, 'base'))), path.join(set, 'base'))
    // The earlier delta's pages stay, linked; those written again replace their links, never the earlier files.
    fs.mkdirSync(path.join(set, 'delta'))
    linkTree(path.join(previousSet, 'delta'), path.join(set, 'delta'))
    written = { ...(await writeSomePages(path.join(build, RECORDS_FILE), { dir: path.join(set, 'delta'), layout: 'set' }, shells, changedIds)), kind: 'delta' }
  } else {
    fs.mkdirSync(path.join(set, 'delta'))
    written = { ...(await writeAllPages(path.join(build, RECORDS_FILE), { dir: path.join(set, 'base'), layout: 'set' }, shells, progress)), kind: 'all' }
  }
  const site = shells[0]!.site
  writeRecordSitemaps(set, site, `${site.replace(/\/$/u, '')}${PAGES_ADDRESS}`, written.slugs)
  fs.writeFileSync(path.join(set, SHELL_HASH), hash)
  const { slugs: _slugs, ...counts } = written
  return counts
}

/**
 * Writes every page of the current build again when the site's layout changed since (other
 * shells), into a new set that replaces the build's in one step: a reader gets old pages or
 * new, never a mix. Returns undefined when the pages are up to date or there is no catalog.
 * The set replaced stays until prunePageSets.
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

/** Records a worker is given at a time, and batches it may have waiting. */
const BATCH = 200
const QUEUED = 2
/** Below this many records, the pages are written in this thread: starting workers would take longer. */
const WORKERS_FROM = 5000
const WORKERS = 2

/**
 * Writes every record page of a records file into a built static site, at the records'
 * addresses, in the site's own shells: what `npm run build` exports for any static host.
 */
export async function writeSitePages(recordsFile: string, siteDir: string, shells: RecordShell[], progress: (line: string) => void = () => {}): Promise<Omit<PagesWritten, 'kind'>> {
  const started = performance.now()
  const { slugs, ...written } = await writeAllPages(recordsFile, { dir: siteDir, layout: 'site' }, shells, progress)
  const sitemaps = path.join(siteDir, ...PAGES_ADDRESS.split('/'))
  fs.mkdirSync(sitemaps, { recursive: true })
  const site = shells[0]!.site
  writeRecordSitemaps(sitemaps, site, `${site.replace(/\/$/u, '')}${PAGES_ADDRESS}`, slugs)
  return { ...written, seconds: (performance.now() - started) / 1000 }
}

/**
 * Writes the pages of the records of `only` from `recordsFile`, with a page saying the record
 * is gone for an id the file no longer holds. Files there already are replaced, not written
 * into: they may be links to an earlier set's.
 */
async function writeSomePages(recordsFile: string, target: PageTarget, shells: RecordShell[], only: Set<string>): Promise<Written> {
  const writer = new PageWriter(shells, target, true, isSample(recordsFile))
  const pending = new Set(only)
  const slugs: string[] = []
  for await (const line of recordLines(recordsFile)) {
    const id = recordIdOfLine(line)
    slugs.push(recordSlug(id))
    if (!pending.delete(id)) continue
    writer.writeRecord(line)
  }
  for (const id of pending) writer.writeWithdrawn(id)
  return { bytes: writer.bytes, files: writer.files, slugs }
}

/** Whether a records file is the sample catalog's, from its build's manifest beside it. */
function isSample(recordsFile: string): boolean {
  const manifest = path.join(path.dirname(recordsFile), 'manifest.json')
  return fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as CatalogManifest).sample === true
}

/** What a run wrote, and the slugs of every record of the file, for the sitemaps. */
type Written = Omit<PagesWritten, 'kind' | 'seconds'> & { slugs: string[] }

/** Writes the pages of every record of `recordsFile`, by two worker threads when there are many: the cores are what it waits for. */
async function writeAllPages(recordsFile: string, target: PageTarget, shells: RecordShell[], progress: (line: string) => void): Promise<Written> {
  const records = await recordCount(recordsFile)
  const slugs: string[] = []
  const sample = isSample(recordsFile)
  if (records < WORKERS_FROM) {
    const writer = new PageWriter(shells, target, false, sample)
    for await (const line of recordLines(recordsFile)) {
      slugs.push(recordSlug(recordIdOfLine(line)))
      writer.writeRecord(line)
    }
    return { bytes: writer.bytes, files: writer.files, slugs }
  }
  // The worker runs TypeScript as the command that started it does (tsx).
  const workers = Array.from({ length: WORKERS }, () => new Worker(new URL('./pagesWorker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { sample, shells, target } }))
  const written = workers.map(() => ({ bytes: 0, files: 0 }))
  const queued = workers.map(() => 0)
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const woken = () => {
    wake?.()
    wake = undefined
  }
  workers.forEach((worker, n) => {
    worker.on('message', (message: { bytes: number; files: number } | { error: string }) => {
      if ('error' in message) failure ??= new Error(message.error)
      else written[n] = message
      queued[n] = queued[n]! - 1
      woken()
    })
    worker.on('error', (error) => {
      failure ??= error
      queued[n] = 0
      woken()
    })
  })
  const until = async (ready: () => boolean) => {
    while (!failure && !ready()) await new Promise<void>((resolve) => (wake = resolve))
    if (failure) throw failure
  }
  try {
    let batch: string[] = []
    let read = 0
    const send = async () => {
      await until(() => Math.min(...queued) < QUEUED)
      const n = queued.indexOf(Math.min(...queued))
      queued[n] = queued[n]! + 1
      workers[n]!.postMessage(batch)
      batch = []
    }
    for await (const line of recordLines(recordsFile)) {
      batch.push(line)
      slugs.push(recordSlug(recordIdOfLine(line)))
      read += 1
      if (batch.length === BATCH) await send()
      if (read % PROGRESS_EVERY === 0) progress(`  ${read.toLocaleString('en-US')} of ${records.toLocaleString('en-US')} records' pages written`)
    }
    if (batch.length > 0) await send()
    await until(() => queued.every((count) => count === 0))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return { bytes: written.reduce((sum, part) => sum + part.bytes, 0), files: written.reduce((sum, part) => sum + part.files, 0), slugs }
}

/** A records file's records, from the build's manifest beside it, else counted. */
async function recordCount(recordsFile: string): Promise<number> {
  const manifest = path.join(path.dirname(recordsFile), 'manifest.json')
  if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as CatalogManifest).records
  let lines = 0
  for await (const _line of recordLines(recordsFile)) lines += 1
  return lines
}
