/**
 * The whole system as a user runs it: `npm start` (scripts/start.ts) on temporary folders and
 * free ports, with its output kept for the tests to read and wait on.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../../shared/paths'
import { freePort } from '../../shared/freePort'

export type SystemOptions = {
  /** The folder of an earlier system to start again on (its database, uploads and site). */
  dir?: string
  env?: Record<string, string>
  /** The CMS's port (default: a free one). */
  port?: number
  /** A command that runs the start command, e.g. in a namespace of its own: its arguments end with the start command. */
  wrapper?: string[]
}

export class System {
  readonly output: string[] = []

  private constructor(
    readonly dir: string,
    readonly cmsUrl: string,
    readonly siteUrl: string,
    readonly process: ChildProcess,
    /** The settings it runs with, for other commands to run beside it on the same data. */
    readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts `npm start` and resolves once it says it is ready. */
  static async start(options: SystemOptions = {}): Promise<System> {
    const { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-system-')), env = {}, wrapper = [] } = options
    const [port, sitePort] = [options.port ?? (await freePort()), await freePort()]
    const cmsUrl = `http://127.0.0.1:${port}`
    const siteUrl = `http://127.0.0.1:${sitePort}`
    const command = [...wrapper, path.join(projectRoot, 'node_modules', '.bin', 'tsx'), path.join(projectRoot, 'scripts', 'start.ts')]
    const systemEnv: NodeJS.ProcessEnv = {
      ...process.env,
      CATALOG_DIR: path.join(dir, 'catalog'),
      // Coloured output, as CI (CI=true) gets it: what the builds say must read right either way.
      FORCE_COLOR: '1',
      DATABASE_URI: `file:${path.join(dir, 'liling.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: 'system-tests-only-secret-0123456789abcdef',
      PORT: String(port),
      SERVER_URL: cmsUrl,
      SITE_DIR: path.join(dir, 'site'),
      SITE_PORT: String(sitePort),
      SITE_URL: siteUrl,
      ...env,
    }
    const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, detached: true, env: systemEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    const system = new System(dir, cmsUrl, siteUrl, child, systemEnv)
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => system.output.push(...chunk.split('\n')))
    }
    await system.waitForOutput(/^Ready\.$/, 300_000)
    return system
  }

  /** Resolves when a line of output matches; rejects if the system exits or time runs out. */
  async waitForOutput(pattern: RegExp, timeoutMs = 60_000, from = 0): Promise<string> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const line = this.output.slice(from).find((l) => pattern.test(l))
      if (line) return line
      if (this.process.exitCode !== null) throw new Error(`npm start exited (${this.process.exitCode}) before printing ${pattern}:\n${this.output.slice(-40).join('\n')}`)
      if (Date.now() > until) throw new Error(`npm start did not print ${pattern} within ${timeoutMs / 1000} s:\n${this.output.slice(-40).join('\n')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  /** Kills the start command and everything it started, at once, as a crash or a power cut would. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL')
  }

  /** Stops it as Ctrl-C would. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM')
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return
    const exited = new Promise((resolve) => this.process.once('exit', resolve))
    try {
      process.kill(-this.process.pid!, signal)
    } catch {
      // Already gone.
    }
    await exited
    // The CMS may outlive the start command by a moment; nothing of this system may stay.
    for (let i = 0; i < 50; i += 1) {
      try {
        process.kill(-this.process.pid!, 0)
      } catch {
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    process.kill(-this.process.pid!, 'SIGKILL')
  }
}

/** Polls `probe` until it returns something other than undefined. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
