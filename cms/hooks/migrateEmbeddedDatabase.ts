import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Brings the embedded SQLite database up to the committed migrations on every start, in
 * every mode, so a fresh clone needs no manual step. MongoDB needs no schema migrations.
 */
export async function migrateEmbeddedDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // The generated migrations type their arguments; the adapter's signature takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
