import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from './paths'

/**
 * On a fresh clone there is no `.env`: create one from `.env.example` with a new random
 * `PAYLOAD_SECRET`, so the first start needs no manual step. An existing `.env` is never touched.
 */
export function ensureDotEnvWithSecret(log: (line: string) => void = console.log): void {
  const envFile = path.join(projectRoot, '.env')
  if (fs.existsSync(envFile) || process.env.PAYLOAD_SECRET) return
  const example = fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(envFile, example.replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`), { mode: 0o600 })
  log('Created .env with a new random PAYLOAD_SECRET (keep it private; it signs logins).')
}
