import type { Payload, SanitizedConfig } from 'payload'

import { closeLocalApi } from '../localApi'

/**
 * Payload, with the project's config, on a SQLite file other than the configured one (a
 * snapshot, a backup being restored). Nothing runs on start: no migration, no seed.
 * `close` disconnects, so that the file can be moved afterwards.
 */
export async function openPayloadOn(file: string): Promise<{ payload: Payload; close: () => Promise<void> }> {
  // Imported here: the config reads its settings when it loads, after the command has read `.env`.
  const { BasePayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { databaseAdapter } = await import('../database')
  const onFile: SanitizedConfig = {
    ...(await config),
    db: databaseAdapter(`file:${file}`) as SanitizedConfig['db'],
    // Payload's start-up notices (no e-mail adapter, …) are noise in a command's progress.
    logger: { options: { level: 'error' } } as SanitizedConfig['logger'],
  }
  const payload = await new BasePayload().init({ config: onFile, disableOnInit: true })
  return { close: () => closeLocalApi(payload), payload }
}

/**
 * Documents per collection, by slug, for the content collections and users; Payload's own
 * bookkeeping (preferences, locks, jobs, migrations) is left out. A collection whose table the
 * database does not have yet (it is older than the code) is left out too.
 */
export async function countDocuments(payload: Payload): Promise<Record<string, number>> {
  const documents: Record<string, number> = {}
  for (const { slug } of payload.config.collections) {
    if (slug.startsWith('payload-')) continue
    try {
      documents[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
    } catch (error) {
      if (!/no such table/i.test(String((error as Error).message) + String((error as Error).cause ?? ''))) throw error
    }
  }
  return documents
}
