import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { cmsDir, projectRoot } from '../shared/paths'
import { run } from '../shared/run'

const HASH_FILE = path.join(cmsDir, '.next', 'source-hash')
/** What the admin app is built from besides `cms/`: the folders the config imports, and the build's settings. */
const OTHER_FOLDERS = ['publishing', 'shared'].map((folder) => path.join(projectRoot, folder))
const EXTRA_INPUTS = ['package-lock.json', 'tsconfig.json']

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === '.next' || entry.name === 'node_modules') return []
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

/** A fingerprint of everything the admin app is built from. */
export function cmsSourceHash(): string {
  const hash = createHash('sha256')
  const files = [...[cmsDir, ...OTHER_FOLDERS].flatMap(listFiles), ...EXTRA_INPUTS.map((file) => path.join(projectRoot, file))].sort()
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(projectRoot, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

/** True when `cms/.next` was built from the sources as they are now. */
export function cmsBuildIsCurrent(): boolean {
  return fs.existsSync(HASH_FILE) && fs.readFileSync(HASH_FILE, 'utf8') === cmsSourceHash()
}

/**
 * Builds the admin and REST app (`next build`) unless the last build is still current. The
 * build loads the Payload config, so `env` must hold its required settings.
 */
export async function ensureCmsBuild({
  env = process.env,
  log = console.log,
}: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {}): Promise<void> {
  if (cmsBuildIsCurrent()) {
    log('The admin app is built and up to date.')
    return
  }
  log('Building the admin app (next build; about a minute on first start)…')
  const started = performance.now()
  await run(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['build', cmsDir], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  })
  fs.writeFileSync(HASH_FILE, cmsSourceHash())
  log(`Admin app built in ${((performance.now() - started) / 1000).toFixed(0)} s.`)
}
