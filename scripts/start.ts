/**
 * `npm start`: the CMS and admin in production mode on port 3000, and the public site served
 * on port 4321. The database is created and seeded on first start and the admin is rebuilt
 * when its sources changed. The CMS rebuilds the site whenever published content changes, and
 * once on every start; the site port always serves the last build that went live.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { loadDotEnv, readEnv } from '../cms/env'
import { cmsDir, projectRoot } from '../cms/paths'
import { LAST_BUILD_FILE, type LastBuild } from '../cms/publishing/siteBuilder'
import { liveLink, liveRelease, siteDir } from '../cms/publishing/siteReleases'
import { ensureCmsBuild } from './lib/cmsBuild'
import { ensureDotEnvWithSecret } from './lib/ensureSecret'
import { prepareDatabase } from './lib/prepareDatabase'
import { runningStart, writeStartLock } from './lib/startLock'
import { serveStatic } from './lib/staticServer'

ensureDotEnvWithSecret()
loadDotEnv()
// The CMS runs in production mode: refuse a missing or weak secret now, with its reason, not
// after the database and the admin build.
try {
  readEnv({ ...process.env, NODE_ENV: 'production' })
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const port = Number(process.env.PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)
const dir = siteDir()
const builds = process.env.SITE_BUILDS !== 'off'

const other = runningStart()
if (other) {
  console.error(`npm start is already running (process ${other.pid}, since ${other.startedAt}). Stop it first.`)
  process.exit(1)
}
const releaseLock = writeStartLock()
process.on('exit', releaseLock)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function lastBuildSince(since: Date): LastBuild | undefined {
  try {
    const last = JSON.parse(fs.readFileSync(path.join(dir, LAST_BUILD_FILE), 'utf8')) as LastBuild
    return new Date(last.finishedAt) >= since ? last : undefined
  } catch {
    return undefined
  }
}

console.log('[1/4] Preparing the database…')
await prepareDatabase()

console.log('[2/4] Checking the admin app build…')
await ensureCmsBuild()

console.log(`[3/4] Starting the CMS on port ${port} and the site on port ${sitePort}…`)
const started = new Date()
const cms = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['start', cmsDir, '--port', String(port)], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PAYLOAD_RUN_JOBS: 'true', SITE_BUILDS: builds ? 'on' : 'off' },
  stdio: 'inherit',
})
const site = await serveStatic(liveLink(dir), sitePort, '0.0.0.0')
const stop = (signal: NodeJS.Signals) => {
  site.close()
  cms.kill(signal)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal))
cms.on('exit', (code) => {
  site.close()
  process.exit(code ?? 0)
})

// The first request starts Payload inside the CMS, and with it the job runner and the site builder.
let answered = false
for (let attempt = 0; attempt < 240 && !answered; attempt += 1) {
  await sleep(500)
  answered = await fetch(`http://127.0.0.1:${port}/api/news?limit=0`).then(
    (response) => response.ok,
    () => false,
  )
}
if (!answered) console.error(`The CMS did not answer on port ${port} within two minutes; see its messages above.`)

const hadSite = liveRelease(dir)
if (builds) {
  console.log(hadSite ? `[4/4] Serving the last published site while it is rebuilt from the current content…` : '[4/4] Building the public site…')
}
if (builds && !hadSite) {
  let last: LastBuild | undefined
  while (!(last = lastBuildSince(started)) && cms.exitCode === null) await sleep(500)
  if (last?.status === 'failed') {
    console.error(`\nThe first build of the public site failed: ${last.error}`)
    console.error('The admin is up: fix the content and publish again, or see "Site builds" in the admin.')
  }
}

console.log(`\nReady.`)
console.log(`  Public site: http://localhost:${sitePort}/  (English: http://localhost:${sitePort}/en/)`)
console.log(`  Admin:       http://localhost:${port}/admin  (the first visit creates the first admin account)`)
console.log(`  REST API:    http://localhost:${port}/api    GraphQL: http://localhost:${port}/api/graphql`)
console.log(builds ? `  Publishing in the admin rebuilds the site; the live site is ${liveLink(dir)}.\n` : `  SITE_BUILDS=off: the site is not rebuilt on publish.\n`)
