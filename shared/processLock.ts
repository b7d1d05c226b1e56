import fs from 'node:fs'
import path from 'node:path'

/** Who holds a lock: a process of this machine, and since when. */
export type LockHolder = { pid: number; startedAt: string }

export type TakenLock = { release: () => void }

/**
 * Takes the lock file `file` for this process, or returns the live process that holds it. A lock
 * left by a process that has ended (a crash, a power cut) does not count and is taken over.
 * Taking is atomic: of two processes (or two calls in one process) only one gets the lock.
 */
export function takeLock(file: string): TakenLock | { heldBy: LockHolder } {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const mine: LockHolder = { pid: process.pid, startedAt: new Date().toISOString() }
  // Written whole beside it, then linked into place: the link fails if a lock is there, and a reader never sees half a lock.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`
  fs.writeFileSync(partial, `${JSON.stringify(mine)}\n`)
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        fs.linkSync(partial, file)
        return { release: () => releaseLock(file, mine) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const holder = lockHolder(file)
      if (holder) return { heldBy: holder }
      fs.rmSync(file, { force: true })
    }
    const holder = lockHolder(file)
    if (holder) return { heldBy: holder }
    throw new Error(`Could not take the lock ${file}.`)
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

/** The live process that holds the lock `file`, or undefined when there is none or its process has ended. */
export function lockHolder(file: string): LockHolder | undefined {
  const lock = readLock(file)
  return lock && isAlive(lock.pid) ? lock : undefined
}

function releaseLock(file: string, mine: LockHolder): void {
  // A later process may have taken the lock over (after this one was thought gone); its lock is not ours to remove.
  const lock = readLock(file)
  if (lock?.pid === mine.pid && lock.startedAt === mine.startedAt) fs.rmSync(file, { force: true })
}

function readLock(file: string): LockHolder | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>
    if (typeof lock.pid === 'number' && Number.isInteger(lock.pid) && lock.pid > 0 && typeof lock.startedAt === 'string') return lock as LockHolder
  } catch {
    // No lock, or not one of ours.
  }
  return undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
