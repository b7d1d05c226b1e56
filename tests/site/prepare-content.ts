/** Run by the site tests' global setup in its own process: seeds a fresh database and adds the fixtures. */
import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { seed } from '../../cms/seed'
import { addFixtures } from './fixtures'

const payload = await getPayload({ config })
try {
  await seed(payload, { log: () => {} })
  await addFixtures(payload)
} finally {
  await payload.destroy()
}
