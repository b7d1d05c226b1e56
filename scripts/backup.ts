/**
 * `npm run backup [-- --out FILE]`: one archive with a consistent snapshot of the embedded
 * database, every upload and a manifest, written to BACKUP_DIR (default backups/). Safe while
 * `npm start` runs. With MongoDB, says how to use MongoDB's own tools instead.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '../cms/backup/createBackup'
import { BackupError } from '../cms/backup/errors'
import { formatBytes } from '../shared/formatBytes'
import { backupLocations, defaultArchive, displayPath } from '../cms/backup/locations'
import { backupTotals } from '../cms/backup/manifest'
import { mongoToolsAdvice } from '../cms/backup/mongoTools'
import { commandDir } from '../shared/settings'

// Paths on the command line are read from where the person typed it; npm runs scripts from the project root.
const typedIn = commandDir()

function commandLine() {
  try {
    return parseArgs({ options: { out: { type: 'string' } } })
  } catch (error) {
    throw new BackupError(`${(error as Error).message}. Usage: npm run backup [-- --out FILE]`)
  }
}

try {
  const { values } = commandLine()
  const where = backupLocations()
  if (where.kind === 'mongodb') {
    console.error(mongoToolsAdvice('backup', where.mediaDir))
    process.exit(1)
  }
  const out = values.out ? path.resolve(typedIn, values.out) : defaultArchive(where.backupDir, new Date())
  const { archive, bytes, manifest } = await createBackup({ databaseFile: where.databaseFile, mediaDir: where.mediaDir, out })
  const totals = backupTotals(manifest)
  console.log(
    `Backup done: ${totals.documents} documents, ${totals.uploads} uploads (${formatBytes(totals.uploadBytes)}), ` +
      `${bytes.toLocaleString('en')} bytes${bytes >= 1000 ? ` (${formatBytes(bytes)})` : ''} in ${displayPath(archive)}`,
  )
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error)
  process.exitCode = 1
}
