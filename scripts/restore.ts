/**
 * `npm run restore -- ARCHIVE`: puts a backup made by `npm run backup` in place of the embedded
 * database and uploads, after checking all of it, and migrates it when it is older than the
 * code. Refuses while `npm start` runs, or anything else holds the database or serves the CMS's port. What was there is kept in data/before-restore-<time>/.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { BackupError } from '../cms/backup/errors'
import { formatBytes } from '../shared/formatBytes'
import { backupLocations, displayPath } from '../cms/backup/locations'
import { backupTotals } from '../cms/backup/manifest'
import { mongoToolsAdvice } from '../cms/backup/mongoTools'
import { restoreBackup } from '../cms/backup/restoreBackup'
import { commandDir, ensureDotEnvWithSecret, port } from '../shared/settings'
import { startLockFile } from '../cms/startLock'

const typedIn = commandDir()
const USAGE = 'npm run restore -- backups/liling-backup-….tar.gz'

function commandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: {} })
  } catch (error) {
    throw new BackupError(`${(error as Error).message}. Usage: ${USAGE}`)
  }
}

try {
  const { positionals } = commandLine()
  const where = backupLocations()
  if (where.kind === 'mongodb') {
    console.error(mongoToolsAdvice('restore', where.mediaDir))
    process.exit(1)
  }
  if (positionals.length !== 1) throw new BackupError(`Name the one archive to restore: ${USAGE}`)
  // Restoring onto a fresh clone: the CMS needs a secret to open the database, as on a first start.
  ensureDotEnvWithSecret()
  const archive = path.resolve(typedIn, positionals[0]!)
  const { documents, manifest, movedAside } = await restoreBackup({
    archive,
    cmsPort: port(),
    databaseFile: where.databaseFile,
    lockFile: startLockFile(),
    mediaDir: where.mediaDir,
  })
  const { uploadBytes, uploads } = backupTotals(manifest)
  const total = Object.values(documents).reduce((sum, count) => sum + count, 0)
  const perCollection = Object.entries(documents).map(([slug, count]) => `${slug} ${count}`).join(', ')
  console.log(
    `Restore done: ${total} documents (${perCollection}), ${uploads} uploads (${formatBytes(uploadBytes)}) from ${displayPath(archive)}; ` +
      (movedAside ? `the data it replaced is in ${displayPath(movedAside)}` : 'there was no data before to keep'),
  )
} catch (error) {
  console.error(error instanceof BackupError ? `Restore failed: ${error.message}` : error)
  process.exitCode = 1
}
