/**
 * Starts the CMS as users run it (`next start` on the production build) on a seeded SQLite
 * file of its own, for the REST tests; stops it afterwards. Tests that need other settings
 * start one more with `startCms`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { cmsDir, projectRoot } from '../../shared/paths'
import { ensureCmsBuild } from '../../cms/adminBuild'
import { freePort } from '../../shared/freePort'
import { run } from '../../shared/run'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
  }
}

async function waitUntilAnswering(url: string, server: ChildProcess, seconds = 90): Promise<void> {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    if (server.exitCode !== null) throw new Error(`the CMS exited with code ${server.exitCode} before answering`)
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the CMS did not answer ${url} within ${seconds} s`)
}

export type RunningCms = { pid: number; stop: () => Promise<void>; url: string }

/**
 * Starts `next start` on 127.0.0.1 with a database and uploads folder of its own, with the
 * given settings over the tests' own; `seed` loads the content first.
 */
export async function startCms({ env: settings = {}, seed = false }: { env?: Record<string, string>; seed?: boolean } = {}): Promise<RunningCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-rest-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'rest.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'rest-tests-only-secret-0123456789abcdef',
    SERVER_URL: url,
    ...settings,
  }
  if (seed) await run(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', 'seed.ts')], { env })
  await ensureCmsBuild({ env })

  const server: ChildProcess = spawn(path.join(projectRoot, 'node_modules', '.bin', 'next'), ['start', cmsDir, '--hostname', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    }
    fs.rmSync(dir, { force: true, recursive: true })
  }
  try {
    await waitUntilAnswering(`${url}/api/news?limit=0`, server)
  } catch (error) {
    await stop()
    throw error
  }
  return { pid: server.pid!, stop, url }
}

export default async function startSharedCms(project: TestProject) {
  // As in production (docs/production.md), behind one proxy: each test can then speak for a client address of its own.
  const cms = await startCms({ env: { TRUSTED_PROXIES: '1' }, seed: true })
  project.provide('cmsUrl', cms.url)
  return cms.stop
}
