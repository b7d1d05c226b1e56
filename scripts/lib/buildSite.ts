import fs from 'node:fs'

import { countPages } from '../../cms/publishing/checkRelease'
import { runSiteBuild } from '../../cms/publishing/runSiteBuild'

/** Builds the static site into `outDir` with `astro build`, printing its progress; returns the number of pages. */
export async function buildSite(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  fs.mkdirSync(outDir, { recursive: true })
  await runSiteBuild(outDir, env, (line) => console.log(line))
  return countPages(outDir)
}
