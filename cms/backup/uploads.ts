import fs from 'node:fs'
import path from 'node:path'

import { digestFile, type FileDigest } from './fileDigest'
import { UPLOADS_ENTRY } from './manifest'

export type CopiedUploads = { files: FileDigest[]; skipped: string[] }

const PROGRESS_EVERY = 500

/**
 * Copies every file of the uploads folder to `target` and digests the copies, so the archive
 * holds exactly the bytes the manifest describes even if the CMS changes a file meanwhile.
 * Whatever is not a plain file (a symbolic link, a socket) is skipped and named, and so is a
 * file the CMS deleted between the listing and the copy.
 */
export async function copyUploads(mediaDir: string, target: string, log: (line: string) => void): Promise<CopiedUploads> {
  fs.mkdirSync(target, { recursive: true })
  const files: FileDigest[] = []
  const skipped: string[] = []
  if (!fs.existsSync(mediaDir)) return { files, skipped }
  const entries = fs.readdirSync(mediaDir, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory())
  for (const entry of entries) {
    const relative = path.relative(mediaDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (!entry.isFile()) {
      skipped.push(relative)
      continue
    }
    const copy = path.join(target, relative)
    fs.mkdirSync(path.dirname(copy), { recursive: true })
    try {
      fs.copyFileSync(path.join(mediaDir, relative), copy, fs.constants.COPYFILE_FICLONE)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      skipped.push(relative)
      continue
    }
    files.push(await digestFile(copy, `${UPLOADS_ENTRY}/${relative}`))
    if (files.length % PROGRESS_EVERY === 0) log(`      ${files.length.toLocaleString('en')} of ${entries.length.toLocaleString('en')} files copied…`)
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, skipped }
}
