import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import type { Payload } from 'payload'

import { type ImportEvent, type ImportProgress, type ImportSummary, readImportEvent } from '../../catalog/importEvents'
import { skippedInReport } from '../../catalog/importReport'
import { projectRoot } from '../../shared/paths'
import { harvestSru } from '../../catalog/sru/harvestSru'
import { currentBuild } from '../../catalog/store'
import { catalogDir, catalogSample, runsJobs } from '../../shared/settings'
import { spawnTied } from '../../shared/tiedSpawn'
import type { CatalogImport } from '../payload-types'
import type { CatalogImportMode, CatalogImportSource } from '../fields/choices'
import { exportFilesIn, exportFileOf, exportFolder, importFolder, importsDir, removeExport, reportFileOf } from './importFolders'

/** The sample catalog of a fresh installation (content/catalog-sample/README.md). */
const SAMPLE_CATALOG = path.join(projectRoot, 'content', 'catalog-sample', 'sample-catalog.mrc')
/** How often a running import's progress is written to its record, at most. */
const PROGRESS_EVERY_MS = 1000
/** Lines of an import's log kept in its record. */
const LOG_LINES = 100
/** Import folders (their reports) kept; older ones are removed, their records stay. */
const KEPT_FOLDERS = 100

type Running = { cancelled: boolean; child: ChildProcess; id: number | string }

/**
 * Runs the catalog's imports one at a time, in the order they were asked for, each in a process
 * of its own (`npm run catalog:import -- --events`): an import takes a core and up to a gigabyte,
 * which the CMS serving staff should not. The `catalog-imports` collection is the queue and the
 * history: a request is a record `queued`, which this importer takes up, follows (stage, records
 * read and skipped) and closes with the import's counts, its report, or why it failed. A full
 * import that would remove too much waits for an admin to confirm it. Whatever happens, the
 * catalog the public sees changes only when an import is complete (catalog/importCatalog.ts).
 */
export class CatalogImporter {
  private current: Running | undefined
  private draining: Promise<void> | undefined

  constructor(
    private readonly payload: Payload,
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** The record of an import whose export is arriving (an upload, a copy, a harvest): it is queued once the export is whole. */
  receiving({
    fileName,
    mode,
    source,
    user,
  }: {
    fileName: string
    mode: CatalogImportMode
    source: CatalogImportSource
    user?: number
  }): Promise<CatalogImport> {
    return this.payload.create({
      collection: 'catalog-imports',
      data: { fileName, mode, read: 0, requestedAt: new Date().toISOString(), source, startedBy: user, status: 'uploading' },
      overrideAccess: true,
    })
  }

  /**
   * Asks for an import of `file` (copied first, so that the library system may overwrite it
   * meanwhile): it runs when those asked for before it have ended. Resolves with its record.
   */
  async request({
    file,
    fileName = path.basename(file),
    mode,
    source,
    user,
  }: {
    file: string
    fileName?: string
    mode: CatalogImportMode
    source: CatalogImportSource
    user?: number
  }): Promise<CatalogImport> {
    const record = await this.receiving({ fileName, mode, source, user })
    try {
      const copy = exportFileOf(this.dir, record.id, fileName)
      fs.mkdirSync(path.dirname(copy), { recursive: true })
      fs.copyFileSync(file, copy)
    } catch (error) {
      fs.rmSync(importFolder(this.dir, record.id), { force: true, recursive: true })
      return this.update(record.id, {
        error: `${fileName} could not be copied for the import: ${(error as Error).message}`,
        finishedAt: new Date().toISOString(),
        status: 'failed',
      })
    }
    const queued = await this.update(record.id, { bytes: fs.statSync(file).size, status: 'queued' })
    void this.drain()
    return queued
  }

  /**
   * Harvests the records of an SRU server into a new import, then runs it like an upload: its
   * record counts the records as they arrive, and says why when the server fails (unreachable,
   * too slow, an answer that is not SRU). Resolves once the harvest has ended.
   */
  async harvest({
    mode,
    pageSize,
    query,
    url,
    user,
  }: {
    mode: CatalogImportMode
    pageSize?: number
    query: string
    url: string
    user?: number
  }): Promise<CatalogImport> {
    const record = await this.receiving({ fileName: `${url} · ${query}`, mode, source: 'sru', user })
    let shown = Date.now()
    try {
      const { records } = await harvestSru({
        out: exportFolder(this.dir, record.id),
        ...(pageSize ? { pageSize } : {}),
        progress: (harvested) => {
          if (Date.now() - shown < PROGRESS_EVERY_MS) return
          shown = Date.now()
          void this.update(record.id, { read: harvested }).catch(() => {})
        },
        query,
        url,
      })
      if (records === 0) {
        fs.rmSync(importFolder(this.dir, record.id), { force: true, recursive: true })
        return this.update(record.id, {
          finishedAt: new Date().toISOString(),
          imported: 0,
          log: 'The server has no record for this query: nothing changed.',
          read: 0,
          status: 'succeeded',
        })
      }
      const queued = await this.update(record.id, {
        bytes: exportFilesIn(this.dir, record.id).reduce((sum, file) => sum + fs.statSync(file).size, 0),
        read: records,
        status: 'queued',
      })
      void this.drain()
      return queued
    } catch (error) {
      fs.rmSync(importFolder(this.dir, record.id), { force: true, recursive: true })
      return this.update(record.id, { error: (error as Error).message, finishedAt: new Date().toISOString(), status: 'failed' })
    }
  }

  /**
   * On a fresh installation (a catalog folder that has neither a catalog nor an import of the
   * admin's), asks for the sample catalog's import: readers can search at once, and the catalog
   * says it is sample data until the library imports its own.
   */
  async startWithSample(): Promise<void> {
    if (currentBuild(this.dir) || fs.existsSync(importsDir(this.dir))) return
    await this.request({ file: SAMPLE_CATALOG, mode: 'full', source: 'sample' })
  }

  /** Takes up the imports waiting, one after another, unless it is doing so already; resolves when none waits. */
  drain(): Promise<void> {
    this.draining ??= this.runWaiting().finally(() => {
      this.draining = undefined
    })
    return this.draining
  }

  /** Marks imports a stopped process left running as interrupted: the catalog was left as it was. */
  async recoverInterrupted(): Promise<void> {
    const { docs } = await this.payload.find({
      collection: 'catalog-imports',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { status: { in: ['running', 'uploading'] } },
    })
    for (const doc of docs) {
      removeExport(this.dir, doc.id)
      await this.update(doc.id, {
        error:
          doc.status === 'uploading'
            ? 'The CMS stopped while the file was being uploaded; nothing was imported.'
            : 'The CMS stopped during this import; the catalog was left as it was.',
        finishedAt: new Date().toISOString(),
        status: 'interrupted',
      })
    }
  }

  /** Stops an import: one that runs stops and leaves the catalog as it was; one that waits is dropped. False when it had ended already. */
  async cancel(id: number | string): Promise<boolean> {
    if (this.current && String(this.current.id) === String(id)) {
      this.current.cancelled = true
      this.current.child.kill('SIGTERM')
      return true
    }
    const doc = await this.payload.findByID({ collection: 'catalog-imports', depth: 0, id, overrideAccess: true })
    if (!['queued', 'awaiting-confirmation'].includes(doc.status)) return false
    removeExport(this.dir, id)
    await this.update(id, { finishedAt: new Date().toISOString(), status: 'cancelled' })
    return true
  }

  private async runWaiting(): Promise<void> {
    for (;;) {
      const { docs } = await this.payload.find({
        collection: 'catalog-imports',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        // Asked for in the same millisecond (a check that found two exports): in the order asked.
        sort: ['requestedAt', 'id'],
        where: { status: { equals: 'queued' } },
      })
      const next = docs[0]
      if (!next) return
      try {
        await this.run(next)
      } catch (error) {
        this.payload.logger.error(`Catalog import ${next.id} could not be run: ${(error as Error).message}`)
        await this.update(next.id, { error: (error as Error).message, finishedAt: new Date().toISOString(), status: 'failed' }).catch(() => {})
      }
      this.pruneFolders()
    }
  }

  private async run(doc: CatalogImport): Promise<void> {
    const files = exportFilesIn(this.dir, doc.id)
    if (files.length === 0) throw new Error('The file of this import is gone; upload it again.')
    const startedAt = new Date()
    await this.update(doc.id, { read: 0, skipped: 0, stage: 'reading', startedAt: startedAt.toISOString(), status: 'running' })
    const args = [path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), '--events', '--report', reportFileOf(this.dir, doc.id)]
    if (doc.mode === 'incremental') args.push('--incremental')
    if (doc.removal?.confirmedBy) args.push('--force')
    if (doc.source === 'sample') args.push('--sample')
    args.push(...files)
    const child = spawnTied(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), args, {
      env: { ...this.env, CATALOG_DIR: this.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const running: Running = { cancelled: false, child, id: doc.id }
    this.current = running
    const log: string[] = []
    // Messages name the file as staff know it, not where the importer keeps it.
    const named = (text: string) => files.reduce((named, file) => named.replaceAll(file, path.basename(file)), text)
    const keep = (line: string) => {
      log.push(named(line))
      if (log.length > LOG_LINES) log.shift()
    }
    let progress: ImportProgress | undefined
    let written: ImportProgress | undefined
    const flush = async () => {
      if (!progress || progress === written) return
      written = progress
      await this.update(doc.id, { read: progress.read, skipped: progress.skipped, stage: progress.stage }).catch(() => {})
    }
    const timer = setInterval(() => void flush(), PROGRESS_EVERY_MS)
    let end: Extract<ImportEvent, { failed: unknown }> | Extract<ImportEvent, { summary: unknown }> | undefined
    const stderr: string[] = []
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk))
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
    try {
      for await (const line of readline.createInterface({ crlfDelay: Infinity, input: child.stdout! })) {
        const event = readImportEvent(line)
        if ('log' in event) keep(event.log)
        else if ('progress' in event) progress = event.progress
        else end = event
      }
      await exited
    } finally {
      clearInterval(timer)
      this.current = undefined
    }
    await flush()
    for (const line of stderr.join('').split('\n').filter(Boolean)) keep(line)
    const finished = {
      durationMs: Date.now() - startedAt.getTime(),
      finishedAt: new Date().toISOString(),
      log: log.join('\n'),
      skippedRecords: firstSkipped(reportFileOf(this.dir, doc.id)),
    }
    if (end && 'summary' in end) {
      removeExport(this.dir, doc.id)
      await this.update(doc.id, { ...finished, ...counts(end.summary), error: null, stage: null, status: 'succeeded' })
    } else if (end?.failed.removal && !doc.removal?.confirmedBy) {
      // Kept: the import runs again from it once an admin confirms.
      await this.update(doc.id, { ...finished, error: named(end.failed.message), removal: end.failed.removal, stage: null, status: 'awaiting-confirmation' })
    } else {
      removeExport(this.dir, doc.id)
      const error =
        named(end?.failed.message ?? stderr.join('').trim().split('\n').slice(-5).join('\n')) ||
        'The import stopped without saying why; the catalog was left as it was.'
      // Cancelled even when the signal came before the import could say so (while it was starting).
      const cancelled = running.cancelled || end?.failed.cancelled === true
      await this.update(doc.id, {
        ...finished,
        error: cancelled ? 'Cancelled: the catalog was left as it was.' : error,
        stage: null,
        status: cancelled ? 'cancelled' : 'failed',
      })
    }
  }

  private update(id: number | string, data: Partial<CatalogImport>) {
    return this.payload.update({ collection: 'catalog-imports', data, id, overrideAccess: true })
  }

  /** Removes the folders (reports) of all but the newest imports. */
  private pruneFolders(): void {
    const folders = fs.existsSync(importsDir(this.dir)) ? fs.readdirSync(importsDir(this.dir)) : []
    const byAge = folders.filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(a) - Number(b))
    for (const old of byAge.slice(0, -KEPT_FOLDERS)) fs.rmSync(importFolder(this.dir, old), { force: true, recursive: true })
  }
}

/** Skipped records shown in an import's record; the report to download has them all. */
const SKIPPED_SHOWN = 50

/** The first records an import's report lists as skipped, a line each; empty without a report. */
function firstSkipped(reportFile: string): string {
  const lines = fs.existsSync(reportFile) ? skippedInReport(fs.readFileSync(reportFile, 'utf8')) : []
  const more = lines.length - SKIPPED_SHOWN
  return [...lines.slice(0, SKIPPED_SHOWN), ...(more > 0 ? [`… ${more} more in the report`] : [])].join('\n')
}

const counts = ({ added, duplicates, imported, read, removed, skipped, unchanged, updated, warned }: ImportSummary) => ({
  added,
  duplicates,
  imported,
  read,
  removed,
  skipped,
  unchanged,
  updated,
  warned,
})

// On globalThis, because Next.js may load this module more than once in one server process.
const INSTANCE = Symbol.for('liling.catalogImporter')
type WithImporter = typeof globalThis & { [INSTANCE]?: CatalogImporter }

/** The catalog importer of this process, when it runs jobs (`npm start`). */
export function catalogImporter(): CatalogImporter | undefined {
  return (globalThis as WithImporter)[INSTANCE]
}

/** Starts the catalog importer in the process that runs jobs, once, and takes up the imports a stopped process left waiting. */
export async function startCatalogImporter(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!runsJobs(env) || catalogImporter()) return
  const importer = new CatalogImporter(payload, catalogDir(env), env)
  ;(globalThis as WithImporter)[INSTANCE] = importer
  await importer.recoverInterrupted()
  if (catalogSample(env)) await importer.startWithSample()
  void importer.drain()
}
