/**
 * Run by the site tests' global setup in its own process: seeds a fresh database, adds the
 * fixtures and the hostile text, and writes the hostile fields (JSON) to the file named by its argument.
 */
import fs from 'node:fs'

import { closeLocalApi, openLocalApi } from '../../cms/localApi'
import { seed } from '../../cms/seed'
import { addFixtures } from './fixtures'
import { addHostileContent } from './hostileContent'
import { hostileFields } from './hostileFields'

const fieldsFile = process.argv[2]
if (!fieldsFile) throw new Error('Usage: prepare-content.ts <file to write the hostile fields to>')

const payload = await openLocalApi()
try {
  await seed(payload, { log: () => {} })
  await addFixtures(payload)
  const fields = await hostileFields(payload)
  await addHostileContent(payload, fields)
  fs.writeFileSync(fieldsFile, JSON.stringify(fields, null, 2))
} finally {
  await closeLocalApi(payload)
}
