/**
 * Each integration test file gets its own SQLite file and upload folder in a fresh temporary
 * directory, set before the Payload config is imported.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-int-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'integration-tests-only-secret-0123456789abcdef'
