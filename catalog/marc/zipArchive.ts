/**
 * The files inside a zip archive, each read as a stream (yauzl reads the central directory and
 * inflates one entry at a time, never the whole archive in memory). Folders and the hidden
 * files archivers add (macOS's __MACOSX/ and ._ files, .DS_Store) are not counted as files.
 */
import type { Readable } from 'node:stream'

import yauzl from 'yauzl'

/** One file of an archive, by its path inside it, with its size in the archive. */
export type ZipEntry = { compressedSize: number; name: string; open: () => Promise<AsyncIterable<Buffer>> }

/** An open archive: its files, in the archive's order, and how to close it once read. */
export type ZipArchive = { close: () => void; entries: ZipEntry[] }

const isHidden = (name: string) => name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('.'))

/** Opens a zip archive and lists its files; throws, naming the archive, when it is damaged or a file in it is encrypted. */
export async function openZip(file: string): Promise<ZipArchive> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, lazyEntries: true, strictFileNames: false })
  } catch (error) {
    throw new Error(`${file}: the zip archive is damaged or cut short (${(error as Error).message}); the file may not have been copied whole`, { cause: error })
  }
  const entries: ZipEntry[] = []
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/') || isHidden(entry.fileName)) continue
      if (entry.isEncrypted()) throw new Error(`${file}: ${entry.fileName} is encrypted in the zip archive; make the archive without a password`)
      entries.push({ compressedSize: entry.compressedSize, name: entry.fileName, open: async () => (await zip.openReadStreamPromise(entry)) as Readable & AsyncIterable<Buffer> })
    }
  } catch (error) {
    zip.close()
    if ((error as Error).message.startsWith(`${file}:`)) throw error
    throw new Error(`${file}: the zip archive is damaged (${(error as Error).message})`, { cause: error })
  }
  return { close: () => zip.close(), entries }
}
