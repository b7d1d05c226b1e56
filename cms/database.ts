import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { cmsDir, projectRoot } from '../shared/paths'
import { createPrivateFile } from '../shared/privateFiles'

const MONGODB_URI = /^mongodb(\+srv)?:\/\//

/** True when the URI names a MongoDB server, a replica set or an Atlas cluster. */
export function isMongoUri(uri: string): boolean {
  return MONGODB_URI.test(uri)
}

/**
 * Turns a `file:` URI into an absolute one. libSQL reads a relative `file:` path from the
 * working directory; ours is read from the project root so every command finds the same file.
 */
export function resolveSqliteUri(uri: string): string {
  const filePath = uri.slice('file:'.length)
  return `file:${path.resolve(projectRoot, filePath)}`
}

/**
 * The database adapter for a `DATABASE_URI`: MongoDB for `mongodb://` and `mongodb+srv://`,
 * the embedded SQLite file for `file:`.
 */
export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    return mongooseAdapter({ url: uri })
  }
  if (uri.startsWith('file:')) {
    const url = resolveSqliteUri(uri)
    const sqlite = sqliteAdapter({
      // A save that meets another connection's read (`npm run backup` takes its snapshot in one
      // read transaction) waits for it instead of failing at once with SQLITE_BUSY.
      busyTimeout: 5_000,
      client: { url },
      // The schema comes from the committed migrations only, in every mode.
      migrationDir: path.join(cmsDir, 'migrations'),
      push: false,
    })
    return {
      ...sqlite,
      init: (args) => {
        // Created when Payload opens it, before libSQL would create it readable by everyone: it holds the staff's password hashes.
        createPrivateFile(url.slice('file:'.length))
        return sqlite.init(args)
      },
    }
  }
  const scheme = uri.split(':')[0]
  throw new Error(
    `DATABASE_URI must start with "file:" (embedded SQLite), "mongodb://" or "mongodb+srv://"; it starts with "${scheme}:".`,
  )
}
