import fs from 'node:fs'
import path from 'node:path'

import { dataDir, projectRoot } from '../shared/paths'
import { swapSymlink } from '../shared/swapSymlink'
import { stampTime, timeStamp } from '../shared/timeStamp'

/**
 * The published site on disk, as a web server sees it:
 *
 *   <siteDir>/current          → releases/<name>, the live site (serve this folder)
 *   <siteDir>/releases/<name>/ complete builds that passed their checks, newest last
 *   <siteDir>/staging/<name>/  a build in progress; never served
 *
 * A build is written to staging, moved into releases when it passed its checks, and then made
 * live by swapping the `current` link, so the live site is never a half-written folder.
 */

/** Releases kept on disk: the live one and the ones before it, for `npm run rollback`. */
export const KEPT_RELEASES = 3

/** The link a web server serves the live site from. */
export const liveLink = (dir: string): string => path.join(dir, 'current')

const releasesDir = (dir: string) => path.join(dir, 'releases')
const stagingDir = (dir: string) => path.join(dir, 'staging')

/** A release's name: the time its build started, sortable as text (`2026-12-01T08-00-05-123Z`). */
export const releaseName = timeStamp

/** The time a release's build started, read back from its name. */
export const releaseTime = stampTime

/** The name of the live release, or undefined before the first successful build. */
export function liveRelease(dir: string): string | undefined {
  try {
    return path.basename(fs.realpathSync(liveLink(dir)))
  } catch {
    return undefined
  }
}

/** The complete releases on disk, oldest first. */
export function listReleases(dir: string): string[] {
  if (!fs.existsSync(releasesDir(dir))) return []
  return fs.readdirSync(releasesDir(dir)).filter((name) => !name.startsWith('.')).sort()
}

/** A fresh, empty staging folder for a new build. */
export function startRelease(dir: string, date = new Date()): string {
  fs.mkdirSync(stagingDir(dir), { recursive: true })
  let name = releaseName(date)
  while (fs.existsSync(path.join(stagingDir(dir), name)) || fs.existsSync(path.join(releasesDir(dir), name))) {
    name = releaseName(new Date(releaseTime(name).getTime() + 1))
  }
  const staging = path.join(stagingDir(dir), name)
  fs.mkdirSync(staging)
  return staging
}

/**
 * Makes a checked staging folder the live site: moves it into releases (a rename on the same
 * disk) and swaps the `current` link to it in one step. Returns the release's name.
 */
export function promoteRelease(dir: string, staging: string): string {
  const name = path.basename(staging)
  fs.mkdirSync(releasesDir(dir), { recursive: true })
  const release = path.join(releasesDir(dir), name)
  fs.renameSync(staging, release)
  swapSymlink(liveLink(dir), release)
  return name
}

/** Makes an existing release live again. */
export function activateRelease(dir: string, name: string): void {
  const release = path.join(releasesDir(dir), name)
  if (!fs.existsSync(release)) throw new Error(`There is no release ${name} in ${releasesDir(dir)}.`)
  swapSymlink(liveLink(dir), release)
}

/** Removes all but the newest `keep` releases; the live one is always kept. */
export function pruneReleases(dir: string, keep = KEPT_RELEASES): string[] {
  const live = liveRelease(dir)
  const removable = listReleases(dir).filter((name) => name !== live)
  const removed = removable.slice(0, Math.max(0, removable.length - (keep - 1)))
  for (const name of removed) fs.rmSync(path.join(releasesDir(dir), name), { force: true, recursive: true })
  return removed
}

/** Removes what interrupted builds left in staging. Returns how many folders went. */
export function discardStaging(dir: string): number {
  if (!fs.existsSync(stagingDir(dir))) return 0
  const leftovers = fs.readdirSync(stagingDir(dir))
  for (const name of leftovers) fs.rmSync(path.join(stagingDir(dir), name), { force: true, recursive: true })
  return leftovers.length
}

/**
 * Makes the release before the live one live again, for `npm run rollback`. The newer
 * releases stay on disk; the next successful build goes live as usual.
 */
export function rollBack(dir: string): { from: string; to: string } {
  const live = liveRelease(dir)
  if (!live) throw new Error(`No site has been published in ${dir} yet: there is nothing to roll back.`)
  const earlier = listReleases(dir).filter((name) => name < live)
  const to = earlier.at(-1)
  if (!to) throw new Error(`The live release ${live} is the oldest one kept in ${releasesDir(dir)}: there is no earlier release to go back to.`)
  activateRelease(dir, to)
  return { from: live, to }
}
