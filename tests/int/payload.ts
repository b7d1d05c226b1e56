import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'
import { seed } from '../../cms/seed'

let seeded: Promise<Payload> | undefined

/** Payload on this test file's own SQLite file, migrated, through the Local API. */
export const testPayload = (): Promise<Payload> => getPayload({ config })

/** The same, with the seed content loaded once for the file. */
export function seededPayload(): Promise<Payload> {
  seeded ??= testPayload().then(async (payload) => {
    await seed(payload, { log: () => {} })
    return payload
  })
  return seeded
}

/** Creates a member of staff with the given role and returns the user, for `user:` in Local API calls. */
export async function staffUser(payload: Payload, role: 'admin' | 'cataloguer' | 'editor', email = `${role}-${Date.now()}@example.org`) {
  return payload.create({
    collection: 'users',
    data: { email, password: 'correct horse battery staple', role },
    overrideAccess: true,
  })
}
