/**
 * `npm run catalog:pages`: writes the catalog's record pages again in the live site's layout,
 * when the site was rebuilt since they were written (npm start runs it after each site build
 * that goes live). The pages change in one step, once all are written; readers meanwhile get
 * the earlier ones. Nothing to do: says so and ends.
 */
import path from 'node:path'

import { prunePageSets, refreshRecordPages } from '../../catalog/pages/recordPages'
import { readRecordShells } from '../../catalog/pages/recordShell'
import { IMPORT_LOCK } from '../../catalog/store'
import { liveLink } from '../../publishing/siteReleases'
import { takeLock } from '../../shared/processLock'
import { catalogDir, siteDir } from '../../shared/settings'

/** "Try again later", as sysexits.h says it: npm start does. */
const EX_TEMPFAIL = 75

const shells = readRecordShells(liveLink(siteDir()))
if (!shells) {
  console.log(`Record pages: no live site in ${siteDir()} yet; they are written once it is built.`)
  process.exit(0)
}
const lock = takeLock(path.join(catalogDir(), IMPORT_LOCK))
if ('heldBy' in lock) {
  // The import writes the pages in the live site's layout itself.
  console.log(`Record pages: a catalog import is running (process ${lock.heldBy.pid}); try again when it has ended.`)
  process.exit(EX_TEMPFAIL)
}
try {
  const written = await refreshRecordPages(catalogDir(), shells, (line) => console.log(line))
  console.log(
    written
      ? `Record pages: ${written.files.toLocaleString('en-US')} written in the site's new layout (${(written.bytes / 2 ** 20).toFixed(0)} MiB) in ${written.seconds.toFixed(1)} s.`
      : 'Record pages: up to date with the live site (or no catalog imported yet).',
  )
  // The pages replaced are removed after: as many files as were written.
  if (written) prunePageSets(catalogDir())
} catch (error) {
  console.error(`Record pages could not be written: ${(error as Error).message}. The earlier pages stay.`)
  process.exitCode = 1
} finally {
  lock.release()
}
