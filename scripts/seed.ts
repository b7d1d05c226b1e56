/** `npm run seed`: loads the content of `content/` into the CMS's database. Safe to run again. */
import { closeLocalApi, openLocalApi } from '../cms/localApi'
import { seed } from '../cms/seed'

const payload = await openLocalApi()
try {
  console.log('Seeding the library content from content/ …')
  const { created, existing, seconds } = await seed(payload)
  console.log(`Seed done: ${created} created, ${existing} already there, in ${seconds.toFixed(1)} s.`)
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await closeLocalApi(payload)
}
