/** Run by the site tests' global setup in its own process: seeds a fresh database and adds the fixtures. */
import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { seed } from '../../cms/seed'
import { addFixtures } from './fixtures'
import { addHostileContent } from './hostile'

const payload = await getPayload({ config })
try {
  await seed(payload, { log: () => {} })
  await addFixtures(payload)
  await addHostileContent(payload)
} finally {
  await payload.destroy()
}
