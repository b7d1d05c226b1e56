/**
 * Which other processes hold what a command needs: a TCP port, a database file. Read from Linux's
 * /proc; where that cannot be read (another system, another user's processes), the lists are
 * shorter, and `portTaken` still answers for ports.
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export type Occupant = { pid: number; command: string }

/** True when this process cannot listen on `port` at `host` because another one does. */
export function portTaken(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)))
    probe.listen({ exclusive: true, host, port }, () => probe.close(() => resolve(false)))
  })
}

const LISTEN = '0A'

/** The processes listening on TCP `port`, on any address. */
export function processesListeningOn(port: number): Occupant[] {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readLines(table).slice(1)) {
      const fields = line.trim().split(/\s+/)
      const localPort = Number.parseInt(fields[1]?.split(':').pop() ?? '', 16)
      if (localPort === port && fields[3] === LISTEN && fields[9]) inodes.add(`socket:[${fields[9]}]`)
    }
  }
  return inodes.size === 0 ? [] : processesWithOpenFile((target) => inodes.has(target))
}

/** The processes other than this one that have one of `files` open (a SQLite database with its journal, say). */
export function processesWithOpen(files: string[]): Occupant[] {
  const wanted = new Set(files.flatMap((file) => [file, realpath(file)]))
  return processesWithOpenFile((target) => wanted.has(target.replace(/ \(deleted\)$/, '')))
}

/** "process 1234 (next-server (v16.4.6))", for messages. */
export const describeOccupants = (occupants: Occupant[]): string =>
  occupants.map(({ command, pid }) => `process ${pid} (${command})`).join(', ')

function processesWithOpenFile(matches: (target: string) => boolean): Occupant[] {
  const found: Occupant[] = []
  for (const entry of readDir('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    const fds = path.join('/proc', entry, 'fd')
    if (readDir(fds).some((fd) => matches(readLink(path.join(fds, fd))))) found.push({ command: commandOf(pid), pid })
  }
  return found
}

function commandOf(pid: number): string {
  const line = readText(`/proc/${pid}/cmdline`).split('\0').filter(Boolean).join(' ')
  return (line || readText(`/proc/${pid}/comm`).trim() || 'unknown').slice(0, 120)
}

// Processes come and go while /proc is read, and other users' are closed to us: what cannot be read is skipped.
function readDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir)
  } catch {
    return []
  }
}

function readLink(link: string): string {
  try {
    return fs.readlinkSync(link)
  } catch {
    return ''
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

const readLines = (file: string): string[] => readText(file).split('\n').filter(Boolean)

function realpath(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}
