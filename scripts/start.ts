/**
 * `npm start`: the CMS in production mode on the embedded database (or DATABASE_URI), with the
 * library's content seeded on first start and the admin built when its sources changed.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { loadDotEnv } from '../cms/env'
import { cmsDir, projectRoot } from '../cms/paths'
import { ensureCmsBuild } from './lib/cmsBuild'
import { ensureDotEnvWithSecret } from './lib/ensureSecret'
import { prepareDatabase } from './lib/prepareDatabase'

ensureDotEnvWithSecret()
loadDotEnv()
const port = Number(process.env.PORT || 3000)

console.log('[1/3] Preparing the database…')
await prepareDatabase()

console.log('[2/3] Checking the admin app build…')
await ensureCmsBuild()

console.log(`[3/3] Starting the CMS on port ${port}…`)
const server = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['start', cmsDir, '--port', String(port)], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PAYLOAD_RUN_JOBS: 'true' },
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

const adminUrl = `http://localhost:${port}/admin`
for (let attempt = 0; attempt < 120; attempt += 1) {
  await new Promise((resolve) => setTimeout(resolve, 500))
  const answered = await fetch(`http://127.0.0.1:${port}/api/news?limit=0`).then(
    (response) => response.ok,
    () => false,
  )
  if (answered) {
    console.log(`\nReady. Admin: ${adminUrl} (the first visit creates the first admin account)`)
    console.log(`REST API: http://localhost:${port}/api  GraphQL: http://localhost:${port}/api/graphql\n`)
    break
  }
}
