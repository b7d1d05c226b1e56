import fs from 'node:fs'
import path from 'node:path'

import { createPrivateFile, createPrivateFolder } from '../../shared/privateFiles'
import { writeArchive } from './archive'
import { unpackAndCheck } from './checkArchive'
import { BackupError, diskFault } from './errors'
import { digestFile } from './fileDigest'
import { formatBytes } from '../../shared/formatBytes'
import { isInside } from './locations'
import { type BackupManifest, DATABASE_ENTRY, makeManifest, MANIFEST_ENTRY, sum, UPLOADS_ENTRY } from './manifest'
import { countDocuments, openPayloadOn } from './payloadOnFile'
import { appliedMigrations, snapshotDatabase } from './sqliteFile'
import { copyUploads } from './uploads'

export type BackupOptions = {
  databaseFile: string
  mediaDir: string
  /** The archive to write; it must not exist yet. */
  out: string
  log?: (line: string) => void
}

export type BackupResult = { archive: string; bytes: number; manifest: BackupManifest }

/**
 * Writes one archive with a consistent snapshot of the embedded database, every file of the
 * uploads folder and a manifest of both, then reads it back and checks it as a restore would.
 * The CMS may be running and writing meanwhile. Only a complete, checked archive appears
 * under `out`; a failure leaves nothing behind.
 */
export async function createBackup({ databaseFile, mediaDir, out, log = console.log }: BackupOptions): Promise<BackupResult> {
  if (!fs.existsSync(databaseFile)) throw new BackupError(`There is no database at ${databaseFile} (DATABASE_URI): nothing to back up.`)
  if (fs.existsSync(out)) throw new BackupError(`${out} already exists: name another file with --out, or move that one away.`)
  if (isInside(out, mediaDir)) throw new BackupError(`${out} is inside the uploads folder ${mediaDir}: write the backup elsewhere (BACKUP_DIR or --out).`)
  const folder = path.dirname(out)
  const partial = `${out}.partial`
  let staging: string | undefined
  try {
    createPrivateFolder(folder)
    // Beside the archive, not in the system's temporary folder, which is often too small for the uploads.
    staging = fs.mkdtempSync(path.join(folder, '.backup-'))
    log(`[1/4] Taking a consistent snapshot of ${databaseFile} (SQLite VACUUM INTO)…`)
    const createdAt = new Date().toISOString()
    const snapshot = path.join(staging, DATABASE_ENTRY)
    await snapshotDatabase(databaseFile, snapshot)
    const migrations = await appliedMigrations(snapshot)
    const { close, payload } = await openPayloadOn(snapshot)
    const documents = await countDocuments(payload).finally(close)
    const database = await digestFile(snapshot, DATABASE_ENTRY)
    log(`      ${formatBytes(database.bytes)}: ${sum(Object.values(documents))} documents, ${plural(migrations.length, 'migration')} applied`)

    log(`[2/4] Copying the uploads from ${mediaDir}…`)
    const uploads = await copyUploads(mediaDir, path.join(staging, UPLOADS_ENTRY), log)
    log(`      ${plural(uploads.files.length, 'file')}, ${formatBytes(sum(uploads.files.map((file) => file.bytes)))}`)
    for (const file of uploads.skipped) log(`      skipped ${file}: not a plain file, or deleted while copying`)

    const manifest = makeManifest({ createdAt, migrations, documents, files: [database, ...uploads.files] })
    fs.writeFileSync(path.join(staging, MANIFEST_ENTRY), `${JSON.stringify(manifest, null, 2)}\n`)
    log(`[3/4] Writing ${out}…`)
    // Created private before tar writes into it: the archive holds the staff's password hashes.
    createPrivateFile(partial)
    await writeArchive(staging, partial)
    fs.rmSync(staging, { force: true, recursive: true })

    log('[4/4] Reading the archive back and checking every file against the manifest…')
    await checkWritten(partial, folder)
    fs.renameSync(partial, out)
    return { archive: out, bytes: fs.statSync(out).size, manifest }
  } catch (error) {
    throw diskFault(error, 'What was half-written is removed; the database and uploads were not touched.')
  } finally {
    if (staging) fs.rmSync(staging, { force: true, recursive: true })
    fs.rmSync(partial, { force: true })
  }
}

async function checkWritten(archive: string, folder: string): Promise<void> {
  const check = fs.mkdtempSync(path.join(folder, '.backup-check-'))
  try {
    await unpackAndCheck(archive, check)
  } catch (error) {
    throw new BackupError(`The archive failed its check after writing, so it was not kept: ${(error as Error).message}`)
  } finally {
    fs.rmSync(check, { force: true, recursive: true })
  }
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`
