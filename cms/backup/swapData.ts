import fs from 'node:fs'
import path from 'node:path'

import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../../shared/privateFiles'
import { timeStamp } from '../../shared/timeStamp'
import { BackupError } from './errors'
import { movePath } from './movePath'

/** The files SQLite may keep beside a database; a hot journal belongs with its database. */
export const SQLITE_SIDECARS = ['-journal', '-wal', '-shm']

export type SwapPlan = {
  databaseFile: string
  mediaDir: string
  /** The checked, migrated database and uploads, on the database's file system. */
  stagedDatabase: string
  stagedUploads: string
  now?: Date
}

/**
 * Replaces the database and uploads with the staged ones. What was there is moved, not
 * deleted, into `before-restore-<time>/` beside the database, under its own names; the folder
 * is returned, or undefined when there was nothing. If putting the new data in place fails, the
 * old data is moved back.
 */
export function swapInBackup({ databaseFile, mediaDir, now = new Date(), stagedDatabase, stagedUploads }: SwapPlan): string | undefined {
  const current = [databaseFile, ...SQLITE_SIDECARS.map((suffix) => `${databaseFile}${suffix}`), mediaDir].filter((file) => fs.existsSync(file))
  const aside = current.length > 0 ? uniqueFolder(path.join(path.dirname(databaseFile), `before-restore-${timeStamp(now)}`)) : undefined
  const moved: Array<{ from: string; to: string }> = []
  const placed: string[] = []
  try {
    for (const file of current) {
      const to = path.join(aside!, path.basename(file))
      movePath(file, to)
      moved.push({ from: file, to })
    }
    // Private whatever modes the archive gave them: the database holds the staff's password hashes.
    fs.chmodSync(stagedDatabase, PRIVATE_FILE_MODE)
    movePath(stagedDatabase, databaseFile)
    placed.push(databaseFile)
    fs.mkdirSync(stagedUploads, { recursive: true })
    fs.chmodSync(stagedUploads, PRIVATE_FOLDER_MODE)
    movePath(stagedUploads, mediaDir)
    placed.push(mediaDir)
  } catch (error) {
    throw new BackupError(`Putting the backup in place failed (${(error as Error).message}). ${undo(placed, moved, aside)}`)
  }
  return aside
}

function undo(placed: string[], moved: Array<{ from: string; to: string }>, aside: string | undefined): string {
  try {
    for (const file of placed) fs.rmSync(file, { force: true, recursive: true })
    for (const { from, to } of moved.reverse()) movePath(to, from)
    if (aside) fs.rmdirSync(aside)
    return 'The database and uploads that were there are back in place.'
  } catch (error) {
    return `Putting the old data back failed too (${(error as Error).message}): it is in ${aside}.`
  }
}

function uniqueFolder(base: string): string {
  let folder = base
  for (let n = 2; fs.existsSync(folder); n += 1) folder = `${base}-${n}`
  fs.mkdirSync(folder, { mode: PRIVATE_FOLDER_MODE, recursive: true })
  return folder
}
