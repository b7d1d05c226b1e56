/**
 * `npm run build`: the static site in `dist/`, for any web host. From the embedded database
 * (created and seeded first when empty) or, with `CMS_URL`, from a running CMS. The result is
 * checked as a release is before it goes live; a build that fails or does not pass its checks
 * leaves the previous `dist/` as it was.
 */
import path from 'node:path'

import { prepareDatabase } from '../cms/prepareDatabase'
import { exportSite } from '../publishing/exportSite'
import { projectRoot } from '../shared/paths'
import { cmsUrl, ensureDotEnvWithSecret } from '../shared/settings'

const outDir = path.resolve(projectRoot, process.argv[2] ?? 'dist')
const shown = path.relative(process.cwd(), outDir) || '.'

ensureDotEnvWithSecret()
const started = performance.now()

try {
  const source = cmsUrl()
  if (source) {
    console.log(`Building the site from the CMS at ${source} …`)
  } else {
    console.log('Building the site from the embedded database …')
    await prepareDatabase()
  }
  const pages = await exportSite(outDir)
  console.log(`Site built: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s → ${shown}`)
} catch (error) {
  console.error(`The site was not built, and ${shown} was left as it was: ${(error as Error).message}`)
  process.exitCode = 1
}
