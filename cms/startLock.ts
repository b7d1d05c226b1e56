import path from 'node:path'

import { isMongoUri, resolveSqliteUri } from './database'
import { databaseUri } from '../shared/settings'
import { dataDir } from '../shared/paths'
import { type LockHolder, lockHolder, takeLock, type TakenLock } from '../shared/processLock'

/** What `npm start` holds while it runs, so that `npm run restore` can refuse to swap the database under it. */
export type StartLock = LockHolder

/**
 * Where the lock lives: beside the embedded database (`data/start.lock` by default), so that a
 * restore of that database, and only of that one, sees it. With MongoDB, in `data/`.
 */
export function startLockFile(env: NodeJS.ProcessEnv = process.env): string {
  const uri = databaseUri(env)
  if (isMongoUri(uri) || !uri.startsWith('file:')) return path.join(dataDir, 'start.lock')
  return path.join(path.dirname(resolveSqliteUri(uri).slice('file:'.length)), 'start.lock')
}

/**
 * Records that this process is `npm start`, or returns the start that already runs. Call it
 * after `.env` is loaded, since the lock sits beside the configured database.
 */
export function takeStartLock(file: string = startLockFile()): TakenLock | { heldBy: StartLock } {
  return takeLock(file)
}

/**
 * The `npm start` that holds the lock, or undefined when there is no lock or its process has
 * ended (a start that crashed leaves a lock behind; it does not count).
 */
export function runningStart(file: string = startLockFile()): StartLock | undefined {
  return lockHolder(file)
}
