/** Before `npm run dev`: creates, migrates and (when empty) seeds the database. */
import { loadDotEnv } from '../cms/env'
import { ensureDotEnvWithSecret } from './lib/ensureSecret'
import { prepareDatabase } from './lib/prepareDatabase'

ensureDotEnvWithSecret()
loadDotEnv()
await prepareDatabase()
