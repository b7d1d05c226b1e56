/**
 * The start command as a process on a real machine: what it listens on, what it leaves readable,
 * what other commands beside it do, and that nothing of it outlives it, however it is killed.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../shared/paths'
import { freePort } from '../../shared/freePort'
import { System, waitFor } from './system'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-processes-'))
const database = path.join(dir, 'liling.db')
let system: System | undefined

afterAll(async () => {
  await system?.stop()
})

/** The local addresses TCP `port` is listened on, from the kernel's socket tables ("127.0.0.1", "0.0.0.0", "::"). */
function listeningAddresses(port: number): string[] {
  const addresses: string[] = []
  for (const [table, ipv6] of [
    ['/proc/net/tcp', false],
    ['/proc/net/tcp6', true],
  ] as const) {
    for (const line of fs.readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/)
      const [hex, portHex] = local!.split(':')
      if (state !== '0A' || Number.parseInt(portHex!, 16) !== port) continue
      if (!ipv6) addresses.push(Buffer.from(hex!, 'hex').reverse().join('.'))
      else if (/^0+$/.test(hex!)) addresses.push('::')
      else if (hex!.startsWith('0000000000000000FFFF0000')) addresses.push(Buffer.from(hex!.slice(24), 'hex').reverse().join('.'))
      else addresses.push(`ipv6:${hex}`)
    }
  }
  return addresses
}

const portOf = (url: string) => Number(new URL(url).port)
const answers = (url: string) => fetch(url).then(
  () => true,
  () => false,
)

/** True once no process of the start command's process group is left. */
function groupEnded(leader: number): boolean {
  try {
    process.kill(-leader, 0)
    return false
  } catch {
    return true
  }
}

/** Runs one of the project's commands beside the system, on its data; resolves with its exit code, or rejects when it does not end. */
function runBeside(script: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  // As typed in a shell: the test runner's NODE_ENV=test would change how Payload behaves.
  const env = Object.fromEntries(Object.entries({ ...system!.env, FORCE_COLOR: '0' }).filter(([name]) => name !== 'NODE_ENV')) as NodeJS.ProcessEnv
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', script), ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${script} did not end within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`))
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe('the start command, as processes', () => {
  it('listens on the loopback only, and keeps the database and uploads to their owner', async () => {
    system = await System.start({ dir, env: { SITE_BUILDS: 'off' } })
    expect(listeningAddresses(portOf(system.cmsUrl))).toEqual(['127.0.0.1'])
    expect(listeningAddresses(portOf(system.siteUrl))).toEqual(['127.0.0.1'])
    expect(fs.statSync(database).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.join(dir, 'media')).mode & 0o777).toBe(0o700)
    expect(system.output.join('\n')).not.toContain('can be read by other users')
  })

  it('lets `npm run build` and `npm run seed` beside it end when their work is done', async () => {
    const out = path.join(dir, 'dist')
    const build = await runBeside('build.ts', [out], 180_000)
    expect(build.code, build.output).toBe(0)
    expect(build.output).toMatch(/Site built: \d+ pages/)
    const seed = await runBeside('seed.ts', [], 60_000)
    expect(seed.code, seed.output).toBe(0)
    expect(seed.output).toMatch(/Seed done: 0 created/)
  })

  it('takes the CMS and the site with it when its process is killed with SIGKILL', async () => {
    const { pid } = JSON.parse(fs.readFileSync(path.join(dir, 'start.lock'), 'utf8')) as { pid: number }
    process.kill(pid, 'SIGKILL')
    await waitFor('the CMS to stop answering', async () => ((await answers(`${system!.cmsUrl}/api/news?limit=0`)) ? undefined : true), 15_000)
    expect(await answers(system!.siteUrl)).toBe(false)
    await waitFor('every process of the start command to end', async () => (groupEnded(system!.process.pid!) ? true : undefined), 15_000)
  })

  it('refuses to start while another process serves its port, naming it, instead of saying Ready', async () => {
    const port = await freePort()
    const foreign = http.createServer((_, res) => res.end('{"docs":[]}')).listen(port, '127.0.0.1')
    await new Promise((resolve) => foreign.once('listening', resolve))
    try {
      const start = System.start({ dir, env: { SITE_BUILDS: 'off' }, port })
      await expect(start).rejects.toThrow(new RegExp(`npm start exited \\(1\\)[^]*Port ${port} \\(PORT\\) is already in use by process ${process.pid} \\(`))
    } finally {
      await new Promise((resolve) => foreign.close(resolve))
    }
  })

  it('opens its ports with BIND_HOST, warns of a database others can read, and ends when the command that ran it is killed', async () => {
    fs.chmodSync(database, 0o644)
    system = await System.start({ dir, env: { BIND_HOST: '0.0.0.0', SITE_BUILDS: 'off' } })
    expect(listeningAddresses(portOf(system.cmsUrl))).toEqual(['0.0.0.0'])
    expect(listeningAddresses(portOf(system.siteUrl))).toEqual(['0.0.0.0'])
    expect(system.output).toContain(
      `Warning: ${database} can be read by other users of this machine (mode 0644); it holds staff accounts or what they uploaded. Close it: chmod 600 ${database}`,
    )

    // The command that ran it (tsx, as npm would be) is killed; the start command sees it and stops.
    process.kill(system.process.pid!, 'SIGKILL')
    await waitFor('every process of the start command to end', async () => (groupEnded(system!.process.pid!) ? true : undefined), 30_000)
    expect(await answers(`${system.cmsUrl}/api/news?limit=0`)).toBe(false)
  })
})
