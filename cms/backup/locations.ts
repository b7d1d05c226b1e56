import path from 'node:path'

import { isMongoUri, resolveSqliteUri } from '../database'
import { backupDir, databaseUri, mediaDir } from '../../shared/settings'
import { timeStamp } from '../../shared/timeStamp'
import { BackupError } from './errors'

/** What `npm run backup` and `npm run restore` work on, from the settings. */
export type BackupLocations =
  | { kind: 'sqlite'; databaseFile: string; mediaDir: string; backupDir: string }
  | { kind: 'mongodb'; mediaDir: string }

/**
 * Reads `DATABASE_URI`, `MEDIA_DIR` and `BACKUP_DIR`. Refuses a layout in which moving one of
 * them aside would move another too.
 */
export function backupLocations(env: NodeJS.ProcessEnv = process.env): BackupLocations {
  const uri = databaseUri(env)
  const uploads = mediaDir(env)
  if (isMongoUri(uri)) return { kind: 'mongodb', mediaDir: uploads }
  if (!uri.startsWith('file:')) {
    throw new BackupError(`DATABASE_URI must start with "file:", "mongodb://" or "mongodb+srv://"; it starts with "${uri.split(':')[0]}:".`)
  }
  const databaseFile = resolveSqliteUri(uri).slice('file:'.length)
  if (isInside(databaseFile, uploads)) {
    throw new BackupError(`The database ${databaseFile} is inside the uploads folder ${uploads} (MEDIA_DIR): give them separate places.`)
  }
  return { kind: 'sqlite', databaseFile, mediaDir: uploads, backupDir: backupDir(env) }
}

/** True when `file` is `folder` itself or somewhere below it. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** A path as the summary shows it: relative to the working directory when it is below it. */
export function displayPath(file: string): string {
  return isInside(file, process.cwd()) && file !== process.cwd() ? path.relative(process.cwd(), file) : file
}

/** The archive `npm run backup` writes when no `--out` is given: `<BACKUP_DIR>/liling-backup-<UTC time>.tar.gz`. */
export const defaultArchive = (folder: string, now: Date): string => path.join(folder, `liling-backup-${timeStamp(now)}.tar.gz`)
