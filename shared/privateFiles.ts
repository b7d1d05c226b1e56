import fs from 'node:fs'
import path from 'node:path'

/**
 * The database, the uploads and the backups hold staff accounts (password hashes) and unpublished
 * work: only the account that runs the library's software may read them.
 */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_FOLDER_MODE = 0o700

/** Creates `file`, empty, readable by its owner only, unless it exists (then it is left as it is). */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE))
}

/** Creates the folder `dir` readable by its owner only, unless it exists; the folders above it are made as usual. Returns `dir`. */
export function createPrivateFolder(dir: string): string {
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  try {
    fs.mkdirSync(dir, { mode: PRIVATE_FOLDER_MODE })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return dir
}

/** The paths among `paths` that exist and that other users of the machine may read or enter, with their mode. */
export function readableByOthers(paths: string[]): { mode: string; path: string }[] {
  return paths.flatMap((file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    return stat && stat.mode & 0o077 ? [{ mode: (stat.mode & 0o777).toString(8).padStart(4, '0'), path: file }] : []
  })
}
