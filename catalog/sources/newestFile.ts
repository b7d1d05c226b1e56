import fs from 'node:fs'
import path from 'node:path'

/** How long a file must be left alone before it is taken: the library system may still be writing it. */
export const SETTLED_MS = 60_000

export type SeenFile = { file: string; fingerprint: string }

/**
 * The newest file of a folder the library system writes its exports to, once it has settled
 * (not changed for SETTLED_MS), with a fingerprint (name, size, time) that says whether it is
 * one taken before. Hidden files and folders are not exports. Undefined when there is none yet;
 * throws, naming the folder, when it cannot be read.
 */
export function newestSettledFile(folder: string, now = Date.now()): SeenFile | undefined {
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
    .map((name) => {
      const file = path.join(folder, name)
      return { file, stats: fs.statSync(file, { throwIfNoEntry: false }) }
    })
    .filter(({ stats }) => stats?.isFile())
    .sort((a, b) => b.stats!.mtimeMs - a.stats!.mtimeMs)
  const newest = files[0]
  if (!newest || now - newest.stats!.mtimeMs < SETTLED_MS) return undefined
  return { file: newest.file, fingerprint: `${path.basename(newest.file)}:${newest.stats!.size}:${Math.round(newest.stats!.mtimeMs)}` }
}
