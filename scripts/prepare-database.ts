/** Before `npm run dev`: creates, migrates and (when empty) seeds the database. */
import { prepareDatabase } from '../cms/prepareDatabase'
import { ensureDotEnvWithSecret } from '../shared/settings'

ensureDotEnvWithSecret()
await prepareDatabase()
