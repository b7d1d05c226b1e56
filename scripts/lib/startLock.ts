import fs from 'node:fs'
import path from 'node:path'

import { isMongoUri, resolveSqliteUri } from '../../cms/database'
import { DEFAULT_DATABASE_URI } from '../../cms/env'
import { dataDir } from '../../cms/paths'

/** What `npm start` writes while it runs, so that `npm run restore` can refuse to swap the database under it. */
export type StartLock = { pid: number; startedAt: string }

/**
 * Where the lock lives: beside the embedded database (`data/start.lock` by default), so that a
 * restore of that database, and only of that one, sees it. With MongoDB, in `data/`.
 */
export function startLockFile(env: NodeJS.ProcessEnv = process.env): string {
  const uri = env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI
  if (isMongoUri(uri) || !uri.startsWith('file:')) return path.join(dataDir, 'start.lock')
  return path.join(path.dirname(resolveSqliteUri(uri).slice('file:'.length)), 'start.lock')
}

/**
 * Records that this process is `npm start`, and returns the function that removes the record
 * again. Call it after `.env` is loaded, since the lock sits beside the configured database.
 */
export function writeStartLock(file: string = startLockFile()): () => void {
  const lock: StartLock = { pid: process.pid, startedAt: new Date().toISOString() }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Written whole and renamed, so a reader never sees half a lock.
  const partial = `${file}.${process.pid}.partial`
  fs.writeFileSync(partial, `${JSON.stringify(lock)}\n`)
  fs.renameSync(partial, file)
  return () => {
    // A later start may have taken the lock over; its lock is not ours to remove.
    if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true })
  }
}

/**
 * The `npm start` that holds the lock, or undefined when there is no lock or its process has
 * ended (a start that crashed leaves a lock behind; it does not count).
 */
export function runningStart(file: string = startLockFile()): StartLock | undefined {
  const lock = readLock(file)
  return lock && isAlive(lock.pid) ? lock : undefined
}

function readLock(file: string): StartLock | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StartLock>
    if (typeof lock.pid === 'number' && Number.isInteger(lock.pid) && lock.pid > 0 && typeof lock.startedAt === 'string') return lock as StartLock
  } catch {
    // No lock, or not one we wrote.
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
