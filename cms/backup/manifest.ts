import path from 'node:path'

import { BackupError } from './errors'
import type { FileDigest } from './fileDigest'
import type { AppliedMigration } from './sqliteFile'

/** Names inside a backup archive. */
export const MANIFEST_ENTRY = 'manifest.json'
export const DATABASE_ENTRY = 'database.sqlite'
export const UPLOADS_ENTRY = 'uploads'

const FORMAT = 'liling-library-backup'
const VERSION = 1

/** What a backup holds, written as `manifest.json` at the top of the archive. */
export type BackupManifest = {
  format: typeof FORMAT
  version: typeof VERSION
  /** When the database snapshot was taken (ISO 8601, UTC). */
  createdAt: string
  /** The migrations the database had had, oldest first. */
  migrations: AppliedMigration[]
  /** Documents per collection, by slug, as stored in the snapshot. */
  documents: Record<string, number>
  /** Every file of the archive but the manifest: the database first, then the uploads. */
  files: FileDigest[]
}

/** Makes the manifest of a backup. */
export function makeManifest(fields: Omit<BackupManifest, 'format' | 'version'>): BackupManifest {
  return { format: FORMAT, version: VERSION, ...fields }
}

export const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0)

/** Documents and uploads in a backup, for summaries. */
export function backupTotals(manifest: BackupManifest): { documents: number; uploads: number; uploadBytes: number } {
  const uploads = manifest.files.filter((file) => file.path !== DATABASE_ENTRY)
  return { documents: sum(Object.values(manifest.documents)), uploadBytes: sum(uploads.map((file) => file.bytes)), uploads: uploads.length }
}

/** True for a path this format writes: the database, or a file under `uploads/`, with no `..` and nothing absolute. */
export function isBackupPath(entry: string): boolean {
  if (entry !== path.posix.normalize(entry) || entry.endsWith('/') || entry.includes('\\') || path.posix.isAbsolute(entry)) return false
  return entry === DATABASE_ENTRY || (entry.startsWith(`${UPLOADS_ENTRY}/`) && !entry.split('/').includes('..'))
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0

/** Reads `manifest.json`; refuses, naming the problem, anything this code did not write or cannot read. */
export function parseManifest(text: string): BackupManifest {
  let data: Partial<BackupManifest>
  try {
    data = JSON.parse(text) as Partial<BackupManifest>
  } catch (error) {
    throw new BackupError(`${MANIFEST_ENTRY} is not valid JSON (${(error as Error).message}).`)
  }
  if (data?.format !== FORMAT) throw new BackupError(`${MANIFEST_ENTRY} is not the manifest of a backup made by \`npm run backup\`.`)
  if (data.version !== VERSION) {
    throw new BackupError(`${MANIFEST_ENTRY} is of format version ${data.version}; this code reads version ${VERSION}. Update the code first.`)
  }
  if (typeof data.createdAt !== 'string' || Number.isNaN(Date.parse(data.createdAt))) {
    throw new BackupError(`${MANIFEST_ENTRY} has no valid createdAt.`)
  }
  const migrationsOk = Array.isArray(data.migrations) && data.migrations.every((m) => typeof m?.name === 'string' && Number.isInteger(m.batch))
  if (!migrationsOk) throw new BackupError(`${MANIFEST_ENTRY} has no valid list of migrations.`)
  const documents = data.documents
  if (typeof documents !== 'object' || documents === null || !Object.values(documents).every(isCount)) {
    throw new BackupError(`${MANIFEST_ENTRY} has no valid document counts.`)
  }
  if (!Array.isArray(data.files)) throw new BackupError(`${MANIFEST_ENTRY} has no list of files.`)
  const seen = new Set<string>()
  for (const file of data.files) {
    if (typeof file?.path !== 'string' || !isBackupPath(file.path) || seen.has(file.path)) {
      throw new BackupError(`${MANIFEST_ENTRY} lists a file with a bad or repeated path: ${JSON.stringify(file?.path)}.`)
    }
    if (!isCount(file.bytes) || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
      throw new BackupError(`${MANIFEST_ENTRY} has no valid size and SHA-256 for ${file.path}.`)
    }
    seen.add(file.path)
  }
  if (!seen.has(DATABASE_ENTRY)) throw new BackupError(`${MANIFEST_ENTRY} does not list the database (${DATABASE_ENTRY}).`)
  return data as BackupManifest
}
