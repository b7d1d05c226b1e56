import { type Client, createClient } from '@libsql/client'

/** A migration recorded in a database's `payload_migrations` table. */
export type AppliedMigration = { name: string; batch: number }

// How long to wait for the running CMS to finish a write before reading: its commits are short.
const BUSY_TIMEOUT_MS = 30_000

async function withClient<T>(file: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return await work(client)
  } finally {
    client.close()
  }
}

/**
 * Writes a consistent copy of a SQLite database to `target` with `VACUUM INTO`, which reads
 * the database in one transaction: safe while the CMS is running and writing, unlike copying
 * the file, which can catch a write half-done.
 */
export async function snapshotDatabase(source: string, target: string): Promise<void> {
  await withClient(source, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [target] }))
}

/** What `PRAGMA integrity_check` finds wrong with a database file; empty when it answers "ok". */
export async function integrityProblems(file: string): Promise<string[]> {
  try {
    const { rows } = await withClient(file, (client) => client.execute('PRAGMA integrity_check'))
    const lines = rows.map((row) => String(row[0]))
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines
  } catch (error) {
    return [(error as Error).message]
  }
}

/** The Payload migrations a database has had, oldest first; none for a database never migrated. */
export async function appliedMigrations(file: string): Promise<AppliedMigration[]> {
  return withClient(file, async (client) => {
    const table = await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    if (table.rows.length === 0) return []
    const { rows } = await client.execute('SELECT name, batch FROM payload_migrations ORDER BY id')
    return rows.map((row) => ({ batch: Number(row.batch), name: String(row.name) }))
  })
}
