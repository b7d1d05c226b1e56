import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { run } from './run'

/** Builds the static site into `outDir` with `astro build`; returns the number of pages. */
export async function buildSite(outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  await run(path.join(projectRoot, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], { env })
  return fs.readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length
}
