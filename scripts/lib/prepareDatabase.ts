/**
 * Creates and migrates the database, and seeds it when it has never held content. The config
 * is imported here, after `.env` exists, because it reads its settings when it loads.
 */
export async function prepareDatabase(): Promise<void> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { seedIfEmpty } = await import('../../cms/seed/seedIfEmpty')
  const payload = await getPayload({ config })
  try {
    const seeded = await seedIfEmpty(payload)
    if (!seeded) console.log('The database already holds content: nothing to seed.')
  } finally {
    await payload.destroy()
  }
}
