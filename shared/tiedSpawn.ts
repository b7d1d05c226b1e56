import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** util-linux's `setpriv`, on every Linux distribution's base system; undefined elsewhere. */
const setpriv: string | undefined =
  process.platform === 'linux'
    ? (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'setpriv')).find((file) => fs.existsSync(file))
    : undefined

/**
 * Spawns a child process that ends when this process ends, however it ends (a crash, `kill -9`):
 * on Linux through `setpriv --pdeathsig`, which has the kernel send the child `signal` when its
 * parent dies. Without it (other systems) the child is spawned as it is and can outlive a
 * parent that is killed hard. Node has no way to ask the kernel for this itself.
 */
export function spawnTied(command: string, args: string[], options: SpawnOptions, signal: NodeJS.Signals = 'SIGTERM'): ChildProcess {
  if (!setpriv) return spawn(command, args, options)
  return spawn(setpriv, [`--pdeathsig=${signal.replace(/^SIG/, '').toLowerCase()}`, '--', command, ...args], options)
}
