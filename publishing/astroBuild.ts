import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import { projectRoot } from '../shared/paths'
import { spawnTied } from '../shared/tiedSpawn'

/** A build that hangs (a CMS that accepts connections but never answers) is stopped after this. */
export const BUILD_TIMEOUT_MS = 10 * 60 * 1000

/** Links the project's packages into `dir` for the build; returns what removes the link again. */
function linkPackages(dir: string): () => void {
  const link = path.join(dir, 'node_modules')
  if (fs.existsSync(link)) return () => {}
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), link)
  return () => fs.rmSync(link, { force: true })
}

/**
 * Runs `astro build` into `outDir` in a child process, passing each line it prints to `onLine`.
 * Rejects with the reason when the build fails, is killed or runs out of time.
 */
export async function runAstroBuild(outDir: string, env: NodeJS.ProcessEnv, onLine: (line: string) => void, timeoutMs = BUILD_TIMEOUT_MS): Promise<void> {
  // Astro renders pages with server code it writes beside the output when the output is inside its
  // working directory, and in the project's `.astro/` otherwise, renaming files across from there,
  // which fails when the output is on another disk. So it works beside the output, and that code
  // finds its packages through a node_modules link there (never inside the output, never served).
  const workDir = path.dirname(outDir)
  const unlink = path.relative(projectRoot, outDir).startsWith('..') ? linkPackages(workDir) : () => {}
  return new Promise<void>((resolve, reject) => {
    // Tied to this process: a build whose CMS or command was killed has nobody to publish it.
    const child = spawnTied(
      path.join(projectRoot, 'node_modules', '.bin', 'astro'),
      ['build', '--root', projectRoot, '--outDir', outDir],
      { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
      'SIGKILL',
    )
    for (const stream of [child.stdout!, child.stderr!]) readline.createInterface({ input: stream }).on('line', onLine)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else if (timedOut) reject(new Error(`The site build took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`))
      else if (signal) reject(new Error(`The site build process was killed (${signal}).`))
      else reject(new Error(`The site build failed (astro build exited with code ${code}).`))
    })
  }).finally(unlink)
}
