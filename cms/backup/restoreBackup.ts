import fs from 'node:fs'
import path from 'node:path'

import { migrateEmbeddedDatabase } from '../hooks/migrateEmbeddedDatabase'
import { migrations as codeMigrations } from '../migrations'
import { describeOccupants, portTaken, processesListeningOn, processesWithOpen } from '../../shared/occupants'
import { runningStart } from '../startLock'
import { unpackAndCheck } from './checkArchive'
import { BackupError, diskFault } from './errors'
import { backupTotals, type BackupManifest, DATABASE_ENTRY, UPLOADS_ENTRY } from './manifest'
import { countDocuments, openPayloadOn } from './payloadOnFile'
import { appliedMigrations } from './sqliteFile'
import { SQLITE_SIDECARS, swapInBackup } from './swapData'

export type RestoreOptions = {
  archive: string
  databaseFile: string
  mediaDir: string
  /** The lock `npm start` holds while it runs (see `startLock.ts`). */
  lockFile: string
  /** The port the CMS serves on (PORT): nothing may serve it during a restore. */
  cmsPort: number
  log?: (line: string) => void
}

export type RestoreResult = {
  manifest: BackupManifest
  /** Documents per collection in the restored database, after migrating it. */
  documents: Record<string, number>
  /** Migrations run on the backup because it was older than the code. */
  migrated: string[]
  /** Where the database and uploads that were replaced are now; undefined when there were none. */
  movedAside: string | undefined
}

/**
 * Puts a backup made by `createBackup` in place of the embedded database and uploads. Refuses
 * while `npm start` runs, while any other process has the database open, and while anything
 * serves the CMS's port (a CMS left running would keep serving the old database). Checks the whole archive and migrates the backup to the code's
 * migrations in a staging folder first; only then moves the current data aside, into a dated
 * folder beside the database, and the backup into its place. A refusal changes nothing.
 */
export async function restoreBackup({ archive, cmsPort, databaseFile, lockFile, log = console.log, mediaDir }: RestoreOptions): Promise<RestoreResult> {
  const refuseWhileInUse = () => refuseWhileDatabaseInUse({ cmsPort, databaseFile, lockFile })
  await refuseWhileInUse()
  if (!fs.existsSync(archive)) throw new BackupError(`There is no file ${archive}.`)
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  // Beside the database, so that putting the backup in place is a rename on one file system.
  const staging = fs.mkdtempSync(path.join(path.dirname(databaseFile), '.restore-'))
  try {
    log(`[1/4] Unpacking ${archive} and checking every file against its manifest…`)
    const manifest = await unpackAndCheck(archive, staging).catch(nothingChanged)
    const totals = backupTotals(manifest)
    log(`      backup of ${manifest.createdAt}: ${totals.documents} documents, ${totals.uploads} uploads; checksums right, integrity_check ok`)

    log("[2/4] Bringing the backup up to this code's migrations…")
    const stagedDatabase = path.join(staging, DATABASE_ENTRY)
    const { documents, migrated } = await migrate(stagedDatabase).catch(nothingChanged)
    log(migrated.length > 0 ? `      migrated: ${migrated.join(', ')}` : '      already up to date')
    for (const [slug, count] of Object.entries(manifest.documents)) {
      if (documents[slug] !== count) log(`      note: ${slug} held ${count} documents in the backup and holds ${documents[slug] ?? 0} after migrating`)
    }

    log('[3/4] Moving the current database and uploads aside, and putting the backup in place…')
    // Checked again: the checks take a while, and someone may have started the CMS meanwhile.
    await refuseWhileInUse()
    const movedAside = swapInBackup({ databaseFile, mediaDir, stagedDatabase, stagedUploads: path.join(staging, UPLOADS_ENTRY) })
    log(movedAside ? `      the data that was there is in ${movedAside}` : '      there was no database or uploads folder before')
    log('[4/4] Done. Start the CMS again (npm start): it rebuilds the public site from the restored content.')
    return { documents, manifest, migrated, movedAside }
  } catch (error) {
    throw diskFault(error, 'What was half-written is removed. Nothing was changed.')
  } finally {
    fs.rmSync(staging, { force: true, recursive: true })
  }
}

async function refuseWhileDatabaseInUse({ cmsPort, databaseFile, lockFile }: Pick<RestoreOptions, 'cmsPort' | 'databaseFile' | 'lockFile'>): Promise<void> {
  const start = runningStart(lockFile)
  if (start) {
    throw new BackupError(
      `npm start is running (process ${start.pid}, started ${start.startedAt}): stop it, then restore. Nothing was changed. ` +
        `(If it is not running, delete ${lockFile}.)`,
    )
  }
  const holders = processesWithOpen([databaseFile, ...SQLITE_SIDECARS.map((suffix) => `${databaseFile}${suffix}`)])
  if (holders.length > 0) {
    throw new BackupError(
      `${describeOccupants(holders)} ${holders.length === 1 ? 'has' : 'have'} the database ${databaseFile} open: ` +
        `stop ${holders.length === 1 ? 'it' : 'them'} (kill ${holders.map((holder) => holder.pid).join(' ')}), then restore. Nothing was changed.`,
    )
  }
  const servers = processesListeningOn(cmsPort)
  if (servers.length > 0 || (await portTaken(cmsPort, '0.0.0.0'))) {
    throw new BackupError(
      `${servers.length > 0 ? describeOccupants(servers) : 'Another process'} serves port ${cmsPort} (PORT), where the CMS runs: ` +
        `stop it, then restore. Nothing was changed.`,
    )
  }
}

function nothingChanged(error: unknown): never {
  if (error instanceof BackupError) throw new BackupError(`${error.message} Nothing was changed.`)
  throw error
}

async function migrate(database: string): Promise<{ documents: Record<string, number>; migrated: string[] }> {
  const before = await appliedMigrations(database)
  const known = new Set(codeMigrations.map((migration) => migration.name))
  const unknown = before.filter((migration) => !known.has(migration.name)).map((migration) => migration.name)
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup comes from a newer version of the code: its database has migrations this code does not have (${unknown.join(', ')}). ` +
        'Update the code, then restore.',
    )
  }
  const { close, payload } = await openPayloadOn(database)
  try {
    await migrateEmbeddedDatabase(payload).catch((error: Error) => {
      throw new BackupError(`Migrating the backup to this code failed: ${error.message}.`)
    })
    const documents = await countDocuments(payload)
    const had = new Set(before.map((migration) => migration.name))
    const migrated = (await appliedMigrations(database)).map((migration) => migration.name).filter((name) => !had.has(name))
    return { documents, migrated }
  } finally {
    await close()
  }
}
