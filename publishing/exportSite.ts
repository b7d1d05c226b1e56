import fs from 'node:fs'

import { buildErrorMessage } from './buildRelease'
import { checkRelease, countPages } from './check/checkRelease'
import { removeReleaseInfo } from './releaseInfo'
import { runAstroBuild } from './astroBuild'
import { diskProblem } from '../shared/diskProblem'

/**
 * Builds the static site into `outDir` with `astro build`, printing its progress, and checks it
 * as a release is checked before it goes live. The build is made beside `outDir` and takes its
 * place only once complete and checked: a build that fails (a full disk, a page that throws)
 * is removed and leaves the previous one as it was. Returns the number of pages.
 */
export async function exportSite(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const staging = `${outDir}.partial`
  const lines: string[] = []
  fs.rmSync(staging, { force: true, recursive: true })
  try {
    await runAstroBuild(staging, env, (line) => {
      lines.push(line)
      console.log(line)
    }).catch((error: Error) => {
      const disk = diskProblem(error)
      const cause = buildErrorMessage(lines.slice(-300)) ?? (disk && `${disk}.`)
      throw new Error(cause && !error.message.includes(cause) ? `${cause} (${error.message})` : error.message)
    })
    const problems = checkRelease(staging)
    if (problems.length > 0) throw new Error(`The site is not fit to publish:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    const pages = countPages(staging)
    removeReleaseInfo(staging)
    replaceFolder(outDir, staging)
    return pages
  } finally {
    fs.rmSync(staging, { force: true, recursive: true })
  }
}

/** Puts `next` in place of `folder`, with the old one gone only once the new one is there. */
function replaceFolder(folder: string, next: string): void {
  const previous = `${folder}.previous`
  fs.rmSync(previous, { force: true, recursive: true })
  if (fs.existsSync(folder)) fs.renameSync(folder, previous)
  fs.renameSync(next, folder)
  fs.rmSync(previous, { force: true, recursive: true })
}
