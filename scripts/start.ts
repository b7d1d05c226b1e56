/**
 * `npm start`: the CMS and admin in production mode on port 3000, and the public site built
 * from it and served on port 4321. The database is created and seeded on first start; the
 * admin is rebuilt when its sources changed; the site is rebuilt on every start.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { loadDotEnv } from '../cms/env'
import { cmsDir, projectRoot } from '../cms/paths'
import { buildSite } from './lib/buildSite'
import { ensureCmsBuild } from './lib/cmsBuild'
import { ensureDotEnvWithSecret } from './lib/ensureSecret'
import { prepareDatabase } from './lib/prepareDatabase'
import { serveStatic } from './lib/staticServer'

ensureDotEnvWithSecret()
loadDotEnv()
const port = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const siteDir = path.join(projectRoot, 'dist')

console.log('[1/4] Preparing the database…')
await prepareDatabase()

console.log('[2/4] Checking the admin app build…')
await ensureCmsBuild()

console.log('[3/4] Building the public site…')
const started = performance.now()
const pages = await buildSite(siteDir)
console.log(`Site built: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`)

console.log(`[4/4] Starting the CMS on port ${port} and the site on port ${sitePort}…`)
const cms = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['start', cmsDir, '--port', String(port)], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PAYLOAD_RUN_JOBS: 'true' },
  stdio: 'inherit',
})
const site = await serveStatic(siteDir, sitePort, '0.0.0.0')
const stop = (signal: NodeJS.Signals) => {
  site.close()
  cms.kill(signal)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal))
cms.on('exit', (code) => {
  site.close()
  process.exit(code ?? 0)
})

for (let attempt = 0; attempt < 120; attempt += 1) {
  await new Promise((resolve) => setTimeout(resolve, 500))
  const answered = await fetch(`http://127.0.0.1:${port}/api/news?limit=0`).then(
    (response) => response.ok,
    () => false,
  )
  if (answered) {
    console.log(`\nReady.`)
    console.log(`  Public site: http://localhost:${sitePort}/  (English: http://localhost:${sitePort}/en/)`)
    console.log(`  Admin:       http://localhost:${port}/admin  (the first visit creates the first admin account)`)
    console.log(`  REST API:    http://localhost:${port}/api    GraphQL: http://localhost:${port}/api/graphql\n`)
    break
  }
}
