import type { Payload } from 'payload'

import { seed, SEEDED_COLLECTIONS, SEEDED_GLOBALS, type SeedOptions } from './index'

/** True when no seeded collection holds a document and no seeded global was ever saved. */
export async function databaseIsEmpty(payload: Payload): Promise<boolean> {
  for (const collection of SEEDED_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  for (const slug of SEEDED_GLOBALS) {
    const stored = await payload.findGlobal({ slug, depth: 0, draft: true, overrideAccess: true })
    if (stored.updatedAt) return false
  }
  return true
}

/**
 * Seeds a database that has never held content. Once staff have worked in it, nothing is
 * added back, not even what they deleted.
 */
export async function seedIfEmpty(payload: Payload, options: SeedOptions = {}): Promise<boolean> {
  const log = options.log ?? console.log
  if (!(await databaseIsEmpty(payload))) return false
  log('The database is empty: loading the library content from content/ …')
  const { created, seconds } = await seed(payload, options)
  log(`Seed done: ${created} items created in ${seconds.toFixed(1)} s.`)
  return true
}
