/** `npm run seed`: loads the content of `content/` into the CMS's database. Safe to run again. */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { seed } from '../cms/seed'

const payload = await getPayload({ config })
try {
  console.log('Seeding the library content from content/ …')
  const { created, existing, seconds } = await seed(payload)
  console.log(`Seed done: ${created} created, ${existing} already there, in ${seconds.toFixed(1)} s.`)
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
