/** Before `npm run dev`: creates, migrates and (when empty) seeds the database. */
import { loadDotEnv } from '../cms/env'
import { ensureDotEnvWithSecret } from '../shared/ensureSecret'
import { prepareDatabase } from '../cms/prepareDatabase'

ensureDotEnvWithSecret()
loadDotEnv()
await prepareDatabase()
