/**
 * `npm start`: the CMS and admin in production mode on port 3000, and the public site served
 * on port 4321, both on 127.0.0.1 unless BIND_HOST says otherwise. The database is created and
 * seeded on first start and the admin is rebuilt when its sources changed. The CMS rebuilds the
 * site whenever published content changes, and once on every start; the site port always serves
 * the last build that went live. The CMS ends with this process, however it ends.
 */
import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { cmsDir, projectRoot } from '../shared/paths'
import { LAST_BUILD_FILE, type LastBuild } from '../cms/publishing/sitePublisher'
import { liveLink, liveRelease } from '../publishing/siteReleases'
import { spawnTied } from '../shared/tiedSpawn'
import { ensureCmsBuild } from '../cms/adminBuild'
import { dataPermissionWarnings } from '../cms/backup/dataPermissions'
import { bindHost, ensureDotEnvWithSecret, localAddress, port as cmsPort, readCmsSettings, siteBuildCmsUrl, siteBuilds, siteDir, sitePort as sitePortSetting } from '../shared/settings'
import { describeOccupants, portTaken, processesListeningOn } from '../shared/occupants'
import { watchParent } from '../shared/parentWatch'
import { prepareDatabase } from '../cms/prepareDatabase'
import { takeStartLock } from '../cms/startLock'
import { serveStatic } from '../publishing/staticServer'

ensureDotEnvWithSecret()
// Every setting is checked now, with its reason, not after the database and the admin build.
// The CMS runs in production mode, where a weak secret is refused too.
let settings
try {
  readCmsSettings({ ...process.env, NODE_ENV: 'production' })
  settings = { builds: siteBuilds(), dir: siteDir(), host: bindHost(), port: cmsPort(), siteBuildCmsUrl: siteBuildCmsUrl(), sitePort: sitePortSetting() }
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const { builds, dir, host, port, sitePort } = settings
const cmsAddress = localAddress(host, port)

const lock = takeStartLock()
if ('heldBy' in lock) {
  console.error(`npm start is already running (process ${lock.heldBy.pid}, since ${lock.heldBy.startedAt}). Stop it first.`)
  process.exit(1)
}
process.on('exit', lock.release)

// A CMS left running by an earlier start that was killed would answer for ours: say so, and stop.
for (const [taken, setting] of [
  [port, 'PORT'],
  [sitePort, 'SITE_PORT'],
] as const) {
  if (!(await portTaken(taken, host))) continue
  const occupants = processesListeningOn(taken)
  console.error(
    `Port ${taken} (${setting}) is already in use${occupants.length ? ` by ${describeOccupants(occupants)}` : ' by another process'}, ` +
      `perhaps one left running by an earlier start. Stop it${occupants.length ? ` (kill ${occupants.map((o) => o.pid).join(' ')})` : ''}, ` +
      `or choose another port with ${setting}=…, then start again.`,
  )
  process.exit(1)
}


/** How often the live site is looked at for a new release, whose layout the record pages follow. */
const FOLLOW_EVERY_MS = 5000

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
for (const warning of dataPermissionWarnings()) console.warn(warning)

console.log('[2/4] Checking the admin app build…')
await ensureCmsBuild()

console.log(`[3/4] Starting the CMS on port ${port} and the site on port ${sitePort} (${host})…`)
const started = new Date()
// Killed outright if this process dies without stopping it: Next.js's graceful stop waits for open
// connections, and an orphan that waits would hold the port and the database.
const cms = spawnTied(
  path.join(projectRoot, 'node_modules', '.bin', 'next'),
  ['start', cmsDir, '--hostname', host, '--port', String(port)],
  {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PAYLOAD_RUN_JOBS: 'true',
      SITE_BUILD_CMS_URL: settings.siteBuildCmsUrl,
      SITE_BUILDS: builds ? 'on' : 'off',
    },
    stdio: 'inherit',
  },
  'SIGKILL',
)
const site = await serveStatic(liveLink(dir), sitePort, host)
followSiteLayout()
const stop = (signal: NodeJS.Signals) => {
  site.close()
  cms.kill(signal)
  // A CMS that does not stop in time is stopped hard: nothing of this start may stay behind.
  setTimeout(() => cms.kill('SIGKILL'), 20_000).unref()
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal))
// `npm start`, or whatever ran this, was killed: end with it.
watchParent(() => stop('SIGTERM'))
cms.on('exit', (code, signal) => {
  site.close()
  process.exit(code ?? (signal ? 1 : 0))
})

// The first request starts Payload inside the CMS, and with it the job runner and the site builder.
let answered = false
for (let attempt = 0; attempt < 240 && !answered && cms.exitCode === null; attempt += 1) {
  await sleep(500)
  answered = await fetch(`${cmsAddress}/api/news?limit=0`).then(
    (response) => response.ok,
    () => false,
  )
}
if (answered) await announceReady()
else if (cms.exitCode === null) {
  console.error(`The CMS did not answer on port ${port} within two minutes; see its messages above. Stopping.`)
  stop('SIGTERM')
}

/**
 * The catalog's record pages follow the live site's layout: each time another release goes live
 * (a publish, a rollback), `npm run catalog:pages` writes them again in its shell, in a process
 * of its own so that serving never waits, and only when the layout changed. Checked every few
 * seconds: a link swap is all a new release is.
 */
function followSiteLayout(): void {
  let seen: string | undefined
  let writing = false
  const check = () => {
    const release = liveRelease(dir)
    if (writing || !release || release === seen) return
    seen = release
    writing = true
    const pages = spawnTied(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'pages.ts')], { stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [pages.stdout, pages.stderr]) stream?.on('data', (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '[catalog] ')))
    pages.on('exit', (code) => {
      writing = false
      // Not written (an import held the catalog, or it failed): tried again at the next look.
      if (code !== 0) seen = undefined
    })
  }
  setInterval(check, FOLLOW_EVERY_MS).unref()
}

async function announceReady(): Promise<void> {
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
  // localhost, as SERVER_URL has it by default: the admin accepts logins from that origin.
  const shown = ['0.0.0.0', '::', '127.0.0.1'].includes(host) ? 'localhost' : new URL(cmsAddress).hostname
  console.log(`\nReady.`)
  console.log(`  Public site: http://${shown}:${sitePort}/  (English: http://${shown}:${sitePort}/en/)`)
  console.log(`  Admin:       http://${shown}:${port}/admin  (the first visit creates the first admin account)`)
  console.log(`  REST API:    http://${shown}:${port}/api    GraphQL: http://${shown}:${port}/api/graphql`)
  console.log(builds ? `  Publishing in the admin rebuilds the site; the live site is ${liveLink(dir)}.\n` : `  SITE_BUILDS=off: the site is not rebuilt on publish.\n`)
}
