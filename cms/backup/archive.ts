import * as tar from 'tar'

import { diskProblem } from '../../shared/diskProblem'
import { BackupError } from './errors'
import { DATABASE_ENTRY, MANIFEST_ENTRY, UPLOADS_ENTRY } from './manifest'

/** Packs the prepared backup folder (manifest, database, uploads) into one gzipped tar file. */
export async function writeArchive(folder: string, file: string): Promise<void> {
  // The manifest first, so that a person listing the archive sees it at once.
  await tar.c({ cwd: folder, file, gzip: true, portable: true }, [MANIFEST_ENTRY, DATABASE_ENTRY, UPLOADS_ENTRY])
}

/**
 * Unpacks an archive into `folder` and returns the paths of the files it held. Only plain
 * files and folders are unpacked; any other entry (a link, a device) is returned in `refused`
 * and not written. An archive that cannot be read to its end is refused with the reason.
 */
export async function unpackArchive(file: string, folder: string): Promise<{ files: string[]; refused: string[] }> {
  const files: string[] = []
  const refused: string[] = []
  try {
    await tar.x({
      cwd: folder,
      file,
      filter: (entryPath, entry) => {
        const type = (entry as tar.ReadEntry).type
        if (type === 'Directory') return true
        if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile') {
          files.push(entryPath)
          return true
        }
        refused.push(`${entryPath} (${type})`)
        return false
      },
      preserveOwner: false,
      strict: true,
    })
  } catch (error) {
    // A full disk while unpacking is not the archive's fault.
    if (diskProblem(error)) throw error
    throw new BackupError(`${file} cannot be read: ${unreadableReason(error as NodeJS.ErrnoException)}.`)
  }
  return { files, refused }
}

function unreadableReason(error: NodeJS.ErrnoException): string {
  const detail = error.message.replace(/^TAR_BAD_ARCHIVE: /, '')
  if (error.code === 'Z_BUF_ERROR' || /truncated/i.test(detail)) return `it is truncated, it ends too early (${detail})`
  if (error.code === 'Z_DATA_ERROR') return `it is damaged, its compressed data is corrupt (${detail})`
  if (error.code === 'TAR_BAD_ARCHIVE') return `it is not a .tar.gz archive (${detail})`
  return detail
}
