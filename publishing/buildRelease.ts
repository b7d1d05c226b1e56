import fs from 'node:fs'
import { stripVTControlCharacters } from 'node:util'

import { checkRelease, countPages, type DraftCheck } from './check/checkRelease'
import { removeReleaseInfo } from './releaseInfo'
import { runAstroBuild } from './astroBuild'
import { discardStaging, promoteRelease, pruneReleases, startRelease } from './siteReleases'

/** Lines of the build's output kept with its result: enough to see what went wrong. */
const LOG_LINES = 300

export type BuildResult = {
  durationMs: number
  /** The end of the build's output. */
  log: string
  /** Why the build did not go live; undefined when it did. */
  error?: string
  pages?: number
  release?: string
}

export type BuildReleaseOptions = {
  /** The site folder (see siteReleases). */
  dir: string
  /** The build's environment: where to read the CMS from (`CMS_URL`), the site's address, the catalog. */
  env: NodeJS.ProcessEnv
  /** What exists only in drafts, for the check to look for (see DraftCheck). */
  drafts?: DraftCheck
  /** Each line the build prints, as it prints it. */
  onLine?: (line: string) => void
}

const LOG_LINE = /^\d\d:\d\d:\d\d /
const ERROR_DETAILS = /^\s+(Location|Stack trace|Hint):$/

/**
 * What a failed build's output says went wrong: a full disk, whichever tool hit it; else the
 * message Astro prints above an error's "Location:" / "Stack trace:" block (the lines back to
 * its previous log line, which says where when it is an `[ERROR]`); else a logged `[ERROR]` or
 * an `Error:` line.
 */
export function buildErrorMessage(lines: string[]): string | undefined {
  // The tools report a full disk each in their own words, often buried in a stack trace.
  if (lines.some((line) => /ENOSPC|No space left on device/i.test(line))) return 'The disk is full: no space left on device.'
  const details = lines.findIndex((line) => ERROR_DETAILS.test(line))
  if (details === -1) return (lines.find((line) => line.includes('[ERROR]')) ?? lines.find((line) => /Error:/.test(line)))?.replace(LOG_LINE, '').trim()
  let start = details
  // Back to the previous log line, blank line, or indented progress line (" generating static routes ").
  while (start > 0 && /^\S/.test(lines[start - 1]!) && !LOG_LINE.test(lines[start - 1]!)) start -= 1
  const where = start > 0 && lines[start - 1]!.includes('[ERROR]') ? [lines[start - 1]!.replace(LOG_LINE, '')] : []
  return [...where, ...lines.slice(start, details)].join(' ').trim() || undefined
}

/**
 * Builds the site into a fresh staging folder, checks it, and only then makes it the live site;
 * a build that fails, is killed or does not pass its checks is removed and leaves the live site
 * as it was. Never throws: the result says what happened.
 */
export async function buildRelease({ dir, drafts, env, onLine = () => {} }: BuildReleaseOptions): Promise<BuildResult> {
  const started = performance.now()
  const lines: string[] = []
  const record = (line: string) => {
    // Astro colours its output where it thinks a terminal is (CI=true is enough): the log keeps plain text.
    lines.push(stripVTControlCharacters(line))
    if (lines.length > LOG_LINES) lines.shift()
    onLine(line)
  }
  let staging: string | undefined
  try {
    discardStaging(dir)
    staging = startRelease(dir)
    await runAstroBuild(staging, env, record)
    const problems = checkRelease(staging, drafts)
    if (problems.length > 0) throw new Error(`The build did not pass its checks: ${problems.slice(0, 10).join(' ')}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`)
    const pages = countPages(staging)
    removeReleaseInfo(staging)
    const release = promoteRelease(dir, staging)
    staging = undefined
    pruneReleases(dir)
    record(`Published release ${release}: ${pages} pages.`)
    return { durationMs: performance.now() - started, log: lines.join('\n'), pages, release }
  } catch (error) {
    const reason = (error as Error).message
    const cause = buildErrorMessage(lines)
    record(reason)
    return {
      durationMs: performance.now() - started,
      error: cause && !reason.includes(cause) ? `${cause} (${reason})` : reason,
      log: lines.join('\n'),
    }
  } finally {
    if (staging) fs.rmSync(staging, { force: true, maxRetries: 3, recursive: true })
  }
}
