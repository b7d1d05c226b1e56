/** Run by the site tests' global setup in its own process: seeds a fresh database and adds the fixtures. */
import { closeLocalApi, openLocalApi } from '../../cms/localApi'
import { seed } from '../../cms/seed'
import { addFixtures } from './fixtures'
import { addHostileContent } from './hostile'

const payload = await openLocalApi()
try {
  await seed(payload, { log: () => {} })
  await addFixtures(payload)
  await addHostileContent(payload)
} finally {
  await closeLocalApi(payload)
}
