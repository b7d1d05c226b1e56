import fs from 'node:fs'
import path from 'node:path'

/** How long a file must be left alone before it is taken: the library system may still be writing it. */
export const SETTLED_MS = 60_000

/** A file of the folder, with its time and a fingerprint (name, size, time) that says whether it is one taken before. */
export type SeenFile = { file: string; fingerprint: string; mtimeMs: number }

/**
 * The files of a folder the library system writes its exports to, oldest first, up to the first
 * that has not settled (changed in the last SETTLED_MS), and whether there is one: the library
 * system may still be writing it. Hidden files and folders are not exports. Throws, naming the
 * folder, when it cannot be read.
 */
export function settledFiles(folder: string, now = Date.now()): { settled: SeenFile[]; writing: boolean } {
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : code === 'ENOTDIR'
            ? 'is a file, not a folder'
            : (error as Error).message
    throw new Error(`The folder ${folder} ${why}: check the catalog updates' folder in the admin.`, { cause: error })
  }
  const files = names
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const file = path.join(folder, name)
      const stats = fs.statSync(file, { throwIfNoEntry: false })
      if (!stats?.isFile()) return []
      return [{ file, fingerprint: `${name}:${stats.size}:${Math.round(stats.mtimeMs)}`, mtimeMs: stats.mtimeMs }]
    })
    .sort((a, b) => a.mtimeMs - b.mtimeMs || a.file.localeCompare(b.file))
  const writing = files.findIndex(({ mtimeMs }) => now - mtimeMs < SETTLED_MS)
  return writing === -1 ? { settled: files, writing: false } : { settled: files.slice(0, writing), writing: true }
}

/**
 * The files to import from the folder now. A full export is the whole catalog: the newest file,
 * once nothing newer is being written, unless it is the one taken last. Incremental exports each
 * hold changes: every settled file newer than the one taken last, oldest first; the first time,
 * the newest only, since older ones could undo what the catalog has already.
 */
export function filesToImport(
  folder: string,
  mode: 'full' | 'incremental',
  last: { fingerprint: string; mtimeMs: number } | undefined,
  now = Date.now(),
): SeenFile[] {
  const { settled, writing } = settledFiles(folder, now)
  const newest = settled.at(-1)
  if (!newest || newest.fingerprint === last?.fingerprint) return []
  if (mode === 'full') return writing ? [] : [newest]
  if (!last) return [newest]
  return settled.filter((file) => file.mtimeMs > last.mtimeMs || (file.mtimeMs === last.mtimeMs && file.fingerprint !== last.fingerprint))
}
