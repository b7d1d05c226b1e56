import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildRelease, type BuildResult } from '../../publishing/buildRelease'
import { BuildQueue } from '../../publishing/buildQueue'
import { handleBuildRequests } from './buildRequests'
import { draftCheck } from './draftTexts'
import type { SiteChange } from './siteChange'
import { buildsSiteHere, siteBuildCmsUrl, siteDir } from '../../shared/settings'

/** A build starts half a second after the last publish, or 3 s after the first one waiting. */
const QUIET_MS = 500
const MAX_WAIT_MS = 3000
/** Build records kept; older ones are deleted. */
const KEPT_RECORDS = 100

/** The outcome of the last build, beside the releases, for `npm start` and monitoring to read. */
export const LAST_BUILD_FILE = 'last-build.json'
export type LastBuild = { error?: string; finishedAt: string; release?: string; status: 'failed' | 'succeeded' }

/** The same change to the same document once, the latest kept. */
function distinctChanges(changes: SiteChange[]): SiteChange[] {
  const byDocument = new Map<string, SiteChange>()
  for (const change of changes) byDocument.set(`${change.source}/${change.documentId}/${change.action}`, change)
  return [...byDocument.values()]
}

const triggerOf = (changes: SiteChange[]) =>
  changes.some((c) => c.action === 'rebuild') ? 'rebuild' : changes.every((c) => c.action === 'startup') ? 'startup' : 'content'

/**
 * Rebuilds the public site when published content changes, inside the CMS process: requests
 * are debounced and served one build at a time (see BuildQueue), each build goes live only when
 * complete and checked (see buildRelease), and each is recorded in the `site-builds` collection
 * for staff to see in the admin.
 */
export class SitePublisher {
  readonly dir: string
  private readonly queue: BuildQueue<SiteChange>

  constructor(
    private readonly payload: Payload,
    private readonly buildEnv: NodeJS.ProcessEnv,
    dir = siteDir(),
  ) {
    this.dir = dir
    this.queue = new BuildQueue((changes) => this.build(changes), { maxWaitMs: MAX_WAIT_MS, quietMs: QUIET_MS })
  }

  /** Asks for a build that will include this change. */
  request(change: SiteChange): void {
    this.queue.request(change)
  }

  /** What is building now and what waits for the next build. */
  state() {
    return this.queue.state()
  }

  /** Marks builds a stopped process left running as interrupted; their files go with the next build's start. */
  async recoverInterrupted(): Promise<void> {
    await this.payload.update({
      collection: 'site-builds',
      data: { error: 'The CMS stopped during this build; the live site was left as it was.', status: 'interrupted' },
      overrideAccess: true,
      where: { status: { equals: 'running' } },
    })
  }

  private async build(requested: SiteChange[]): Promise<void> {
    const changes = distinctChanges(requested)
    const startedAt = new Date().toISOString()
    const record = await this.payload
      .create({
        collection: 'site-builds',
        data: { changes, startedAt, status: 'running', trigger: triggerOf(changes) },
        overrideAccess: true,
      })
      .catch((error: Error) => this.payload.logger.error(`Could not record the site build: ${error.message}`))

    let result: BuildResult
    try {
      const drafts = await draftCheck(this.payload)
      this.payload.logger.info(`Building the public site (${changes.length} change(s))…`)
      result = await buildRelease({ dir: this.dir, drafts, env: this.buildEnv, onLine: (line) => console.log(`[site] ${line}`) })
    } catch (error) {
      result = { durationMs: 0, error: `The build could not start: ${(error as Error).message}`, log: '' }
    }
    const finishedAt = new Date().toISOString()
    if (result.error) this.payload.logger.error(`Site build failed; the live site was left as it was. ${result.error}`)
    else this.payload.logger.info(`Site published: release ${result.release}, ${result.pages} pages in ${(result.durationMs / 1000).toFixed(1)} s.`)

    this.writeLastBuild({ error: result.error, finishedAt, release: result.release, status: result.error ? 'failed' : 'succeeded' })
    if (!record) return
    await this.payload
      .update({
        collection: 'site-builds',
        data: {
          durationMs: Math.round(result.durationMs),
          error: result.error,
          finishedAt,
          log: result.log,
          pages: result.pages,
          release: result.release,
          status: result.error ? 'failed' : 'succeeded',
        },
        id: record.id,
        overrideAccess: true,
      })
      .then(() => this.deleteOldRecords())
      .catch((error: Error) => this.payload.logger.error(`Could not record the end of the site build: ${error.message}`))
  }

  private writeLastBuild(last: LastBuild): void {
    try {
      fs.writeFileSync(path.join(this.dir, LAST_BUILD_FILE), `${JSON.stringify(last, null, 2)}\n`)
    } catch (error) {
      this.payload.logger.error(`Could not write ${LAST_BUILD_FILE}: ${(error as Error).message}`)
    }
  }

  private async deleteOldRecords(): Promise<void> {
    const old = await this.payload.find({ collection: 'site-builds', depth: 0, limit: 1, overrideAccess: true, page: KEPT_RECORDS + 1, sort: '-startedAt' })
    const cutoff = old.docs[0]?.startedAt
    if (cutoff) await this.payload.delete({ collection: 'site-builds', overrideAccess: true, where: { startedAt: { less_than_equal: cutoff } } })
  }
}

// On globalThis, because Next.js may load this module more than once in one server process.
const INSTANCE = Symbol.for('liling.sitePublisher')
type WithPublisher = typeof globalThis & { [INSTANCE]?: SitePublisher }

/** The site publisher of this process, when `npm start` switched builds on (`SITE_BUILDS=on`). */
export function sitePublisher(): SitePublisher | undefined {
  return (globalThis as WithPublisher)[INSTANCE]
}

/**
 * Starts rebuilding the site on publish in this process, once, when `SITE_BUILDS=on`, and asks
 * for a first build: the content or the site's code may have changed since the last start.
 */
export async function startSitePublisher(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!buildsSiteHere(env) || sitePublisher()) return
  const dir = siteDir(env)
  fs.mkdirSync(dir, { recursive: true })
  // Releases served from this machine follow the live catalog instead of copying it (astro.config.mjs).
  const buildEnv: NodeJS.ProcessEnv = { ...env, ASTRO_CACHE_DIR: path.join(dir, 'cache'), CATALOG_DATA: 'live', CMS_URL: siteBuildCmsUrl(env) }
  const publisher = new SitePublisher(payload, buildEnv, dir)
  ;(globalThis as WithPublisher)[INSTANCE] = publisher
  handleBuildRequests(publisher)
  await publisher.recoverInterrupted()
  publisher.request({ action: 'startup' })
}
