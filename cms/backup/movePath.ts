import fs from 'node:fs'
import path from 'node:path'

/**
 * Moves a file or folder to a place that does not exist yet: a rename where it can, and where
 * the two are on different file systems (an uploads folder on its own disk), a copy followed
 * by removing the original.
 */
export function movePath(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { errorOnExist: true, force: false, preserveTimestamps: true, recursive: true })
    fs.rmSync(from, { force: true, recursive: true })
  }
}
