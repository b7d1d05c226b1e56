import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { type Downloaded, downloadExport } from '../../catalog/sources/downloadExport'
import { filesToImport } from '../../catalog/sources/folderExports'
import { projectRoot } from '../../shared/paths'
import { catalogUploadMaxBytes } from '../../shared/settings'
import { spawnTied } from '../../shared/tiedSpawn'
import type { CatalogSource } from '../payload-types'
import type { CatalogImporter } from './catalogImporter'

/** What the checks remember between runs, beside the catalog: when each source was checked, what it last brought, and why it last failed. */
export const SOURCES_STATE = 'sources.json'

type SourceState = {
  checkedAt?: string
  error?: string
  taken?: { fingerprint: string; mtimeMs: number }
  downloaded?: Downloaded
  harvestedOn?: string
  updatedAt?: string
}
export type SourcesState = { availability?: SourceState; export?: SourceState }

export function readSourcesState(dir: string): SourcesState {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, SOURCES_STATE), 'utf8')) as SourcesState
  } catch {
    return {}
  }
}

function writeSourcesState(dir: string, state: SourcesState): void {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `${SOURCES_STATE}.partial`), JSON.stringify(state, null, 2))
  fs.renameSync(path.join(dir, `${SOURCES_STATE}.partial`), path.join(dir, SOURCES_STATE))
}

const due = (source: { everyMinutes?: number | null; kind?: string | null }, state: SourceState | undefined, now: Date) =>
  Boolean(source.kind && source.kind !== 'none') &&
  (!state?.checkedAt || now.getTime() - new Date(state.checkedAt).getTime() >= (source.everyMinutes ?? 60) * 60_000 - 5_000)

let checking = false

/**
 * Checks the catalog's sources whose time has come (the `catalog-sources` global): the library
 * system's export in its folder or at its address, imported when it is new; its SRU server,
 * harvested; and the copies' status, imported when it is new. Called every minute by the jobs
 * runner of `npm start`; one check at a time. What each check found, and why it failed, is kept
 * in `sources.json` for the dashboard.
 */
export async function checkCatalogSources(payload: Payload, importer: CatalogImporter, now = new Date()): Promise<void> {
  if (checking) return
  checking = true
  try {
    const sources = await payload.findGlobal({ slug: 'catalog-sources', depth: 0, overrideAccess: true })
    const state = readSourcesState(importer.dir)
    for (const [key, check] of [
      ['export', () => checkExport(sources.export, state.export ?? {}, importer, now)],
      ['availability', () => checkAvailability(sources.availability, state.availability ?? {}, importer, now)],
    ] as const) {
      const source = sources[key]
      if (!source || !due(source, state[key], now)) continue
      const before = state[key] ?? {}
      try {
        state[key] = { ...before, ...(await check()), checkedAt: now.toISOString() }
        delete state[key]!.error
      } catch (error) {
        state[key] = { ...before, checkedAt: now.toISOString(), error: (error as Error).message }
      }
      writeSourcesState(importer.dir, state)
    }
  } finally {
    checking = false
  }
}

async function checkExport(source: CatalogSource['export'], state: SourceState, importer: CatalogImporter, now: Date): Promise<SourceState> {
  const mode = source?.mode ?? 'full'
  if (source?.kind === 'folder' && source.folder) {
    const files = filesToImport(source.folder, mode, state.taken, now.getTime())
    for (const { file } of files) await importer.request({ file, mode, source: 'folder' })
    const taken = files.at(-1)
    return taken ? { taken: { fingerprint: taken.fingerprint, mtimeMs: taken.mtimeMs }, updatedAt: now.toISOString() } : {}
  }
  if (source?.kind === 'url' && source.url) {
    const download = path.join(importer.dir, 'source-download.tmp')
    fs.mkdirSync(importer.dir, { recursive: true })
    const got = await downloadExport(source.url, download, { ...(state.downloaded ? { before: state.downloaded } : {}), maxBytes: catalogUploadMaxBytes() })
    if ('unchanged' in got) return {}
    try {
      await importer.request({ file: got.file, fileName: got.name, mode, source: 'url' })
    } finally {
      fs.rmSync(download, { force: true })
    }
    return { downloaded: got.seen, updatedAt: now.toISOString() }
  }
  if (source?.kind === 'sru' && source.sruUrl) {
    const since = source.sruSinceQuery && state.harvestedOn
    const query = since ? sinceQuery(source.sruSinceQuery!, state.harvestedOn!) : (source.sruQuery ?? 'cql.allRecords=1')
    const harvest = await importer.harvest({ mode: since ? 'incremental' : 'full', query, url: source.sruUrl })
    if (harvest.status === 'failed') throw new Error(harvest.error ?? 'The harvest failed.')
    return { harvestedOn: now.toISOString().slice(0, 10), updatedAt: now.toISOString() }
  }
  return {}
}

/** The query of what changed since `day` (YYYY-MM-DD): `{since}` is the day as it is, `{sinceDigits}` without its hyphens (20261207), as Zebra's date indexes take it. */
const sinceQuery = (template: string, day: string) => template.replaceAll('{sinceDigits}', day.replaceAll('-', '')).replaceAll('{since}', day)

async function checkAvailability(source: CatalogSource['availability'], state: SourceState, importer: CatalogImporter, now: Date): Promise<SourceState> {
  let file: string
  let found: SourceState
  if (source?.kind === 'folder' && source.folder) {
    // The copies' status is whole in each export: the newest is all there is to take.
    const newest = filesToImport(source.folder, 'full', state.taken, now.getTime()).at(-1)
    if (!newest) return {}
    file = newest.file
    found = { taken: { fingerprint: newest.fingerprint, mtimeMs: newest.mtimeMs } }
  } else if (source?.kind === 'url' && source.url) {
    fs.mkdirSync(importer.dir, { recursive: true })
    const got = await downloadExport(source.url, path.join(importer.dir, 'status-download.tmp'), {
      ...(state.downloaded ? { before: state.downloaded } : {}),
      maxBytes: catalogUploadMaxBytes(),
    })
    if ('unchanged' in got) return {}
    file = got.file
    found = { downloaded: got.seen }
  } else return {}
  try {
    await importStatus(file, importer)
  } finally {
    if (source.kind === 'url') fs.rmSync(file, { force: true })
  }
  return { ...found, updatedAt: now.toISOString() }
}

/** Runs `npm run catalog:availability` on `file` in a process of its own; rejects with what it said was wrong. */
function importStatus(file: string, importer: CatalogImporter): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTied(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'availability.ts'), file], {
      env: { ...process.env, CATALOG_DIR: importer.dir },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let said = ''
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (said += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(said.trim().split('\n').slice(-3).join('\n') || `The status import stopped (exit ${code}).`)),
    )
  })
}
