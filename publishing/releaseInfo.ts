import fs from 'node:fs'
import path from 'node:path'

/**
 * What a site build tells the release check about itself: the files every build of it must
 * hold (its standing pages in each language, its not-found pages, its sitemap and search index),
 * the languages its search index must cover, and every text its interface shows, which a draft
 * may share without leaking. The site's build writes it (site/integrations/releaseInfo.ts) so
 * that publishing need not know the site's routes or strings; it is removed before going live.
 */
export type ReleaseInfo = { interfaceTexts: string[]; requiredFiles: string[]; searchLanguages: string[] }

/** Where in the build output; a dot-folder, which no web server of ours serves. */
export const RELEASE_INFO = path.join('.release', 'info.json')

/** Writes the release info into a build's output folder. */
export function writeReleaseInfo(outDir: string, info: ReleaseInfo): void {
  fs.mkdirSync(path.join(outDir, path.dirname(RELEASE_INFO)), { recursive: true })
  fs.writeFileSync(path.join(outDir, RELEASE_INFO), `${JSON.stringify(info)}\n`)
}

/** The release info of a build, or undefined when the build did not finish writing it. */
export function readReleaseInfo(outDir: string): ReleaseInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, RELEASE_INFO), 'utf8')) as ReleaseInfo
  } catch {
    return undefined
  }
}

/** Removes the release info from a checked build: visitors have no use for it. */
export function removeReleaseInfo(outDir: string): void {
  fs.rmSync(path.join(outDir, path.dirname(RELEASE_INFO)), { force: true, recursive: true })
}
