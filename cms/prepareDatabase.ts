import { closeLocalApi, openLocalApi } from './localApi'

/** Creates and migrates the database, and seeds it when it has never held content. */
export async function prepareDatabase(): Promise<void> {
  const { seedIfEmpty } = await import('./seed/seedIfEmpty')
  const payload = await openLocalApi()
  try {
    const seeded = await seedIfEmpty(payload)
    if (!seeded) console.log('The database already holds content: nothing to seed.')
  } finally {
    await closeLocalApi(payload)
  }
}
