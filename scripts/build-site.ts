/**
 * `npm run build`: the static site in `dist/`, for any web host. From the embedded database
 * (created and seeded first when empty) or, with `CMS_URL`, from a running CMS. The result is
 * checked as a release is before it goes live, and a failed check fails the command.
 */
import path from 'node:path'

import { loadDotEnv } from '../cms/env'
import { projectRoot } from '../cms/paths'
import { checkRelease } from '../cms/publishing/checkRelease'
import { buildSite } from './lib/buildSite'
import { ensureDotEnvWithSecret } from './lib/ensureSecret'
import { prepareDatabase } from './lib/prepareDatabase'

const outDir = path.resolve(projectRoot, process.argv[2] ?? 'dist')

ensureDotEnvWithSecret()
loadDotEnv()
const started = performance.now()

if (process.env.CMS_URL) {
  console.log(`Building the site from the CMS at ${process.env.CMS_URL} …`)
} else {
  console.log('Building the site from the embedded database …')
  await prepareDatabase()
}
const pages = await buildSite(outDir)
const problems = checkRelease(outDir)
if (problems.length > 0) {
  console.error(`The site in ${outDir} is not fit to publish:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  process.exit(1)
}
console.log(`Site built: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), outDir) || '.'}`)
