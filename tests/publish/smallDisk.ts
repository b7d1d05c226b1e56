/**
 * A small disk of its own for a test (small-disk.sh): a tmpfs mounted in a private mount
 * namespace, that the test fills and frees while commands run on it. As root, or as a normal
 * user where unprivileged user namespaces are allowed.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { projectRoot } from '../../shared/paths'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The command prefix that runs a command with `SMALL_DISK_DIR` on a small disk (see small-disk.sh for its settings). */
export const smallDiskWrapper = (): string[] => [
  'unshare',
  '--mount',
  '--propagation',
  'private',
  ...(process.getuid?.() === 0 ? [] : ['--map-root-user']),
  'bash',
  path.join(here, 'small-disk.sh'),
]

export type CommandResult = { code: number | null; output: string }

/** A small disk at `dir`, with a shell-less runner inside its namespace that runs the project's commands on it one at a time. */
export class SmallDisk {
  private readonly waiting: ((line: string) => void)[] = []
  private readonly notices: string[] = []

  private constructor(private readonly process: ChildProcess) {
    readline.createInterface({ input: process.stdout! }).on('line', (line) => {
      if (line.startsWith('result: ')) this.waiting.shift()?.(line.slice('result: '.length))
      else this.notices.push(line)
    })
    process.stderr!.on('data', () => {})
  }

  /** A disk of `size` (`48m`) at `dir`; filling it leaves `leftKb` free. */
  static start(dir: string, size: string, leftKb: number): SmallDisk {
    const child = spawn(smallDiskWrapper()[0]!, [...smallDiskWrapper().slice(1), process.execPath, '--import', 'tsx', path.join(here, 'commandRunner.ts')], {
      cwd: projectRoot,
      env: { ...process.env, SMALL_DISK_DIR: dir, SMALL_DISK_LEFT_KB: String(leftKb), SMALL_DISK_SIZE: size },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    return new SmallDisk(child)
  }

  /** Runs a command inside the disk's namespace, from the project root, with `env` added to this process's. */
  run(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
    return new Promise((resolve) => {
      this.waiting.push((line) => resolve(JSON.parse(line) as CommandResult))
      this.process.stdin!.write(`${JSON.stringify({ args, env })}\n`)
    })
  }

  /** Fills the disk, all but what `start` was told to leave. */
  fill(): Promise<string> {
    return this.signal('SIGUSR1', /^small-disk: filled/)
  }

  /** Frees what `fill` took. */
  free(): Promise<string> {
    return this.signal('SIGUSR2', /^small-disk: freed/)
  }

  stop(): void {
    this.process.stdin!.end()
    this.process.kill('SIGTERM')
  }

  private async signal(signal: NodeJS.Signals, done: RegExp): Promise<string> {
    const from = this.notices.length
    this.process.kill(signal)
    for (let i = 0; i < 300; i += 1) {
      const line = this.notices.slice(from).find((notice) => done.test(notice))
      if (line) return line
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`small-disk.sh did not answer ${signal}: ${this.notices.join('\n')}`)
  }
}
