import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { runningStart, startLockFile, takeStartLock } from './startLock'
import { projectRoot } from '../shared/paths'

const folders: string[] = []
const lockIn = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-lock-'))
  folders.push(folder)
  return path.join(folder, 'start.lock')
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { force: true, recursive: true })
})

/** The pid of a process that has already ended. */
const endedPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!

describe('the start lock', () => {
  it('names the running start until it is released', () => {
    const file = lockIn()
    expect(runningStart(file)).toBeUndefined()
    const taken = takeStartLock(file)
    if (!('release' in taken)) throw new Error('the lock was not taken')
    expect(takeStartLock(file)).toEqual({ heldBy: runningStart(file) })
    const lock = runningStart(file)
    expect(lock?.pid).toBe(process.pid)
    expect(Date.parse(lock!.startedAt)).not.toBeNaN()
    taken.release()
    expect(fs.existsSync(file)).toBe(false)
    expect(runningStart(file)).toBeUndefined()
  })

  it('does not count a lock left behind by a start that has ended, and takes it over', () => {
    const file = lockIn()
    fs.writeFileSync(file, JSON.stringify({ pid: endedPid(), startedAt: new Date().toISOString() }))
    expect(runningStart(file)).toBeUndefined()
    expect(takeStartLock(file)).toHaveProperty('release')
    expect(runningStart(file)?.pid).toBe(process.pid)
  })

  it('does not count a file that is not a lock', () => {
    const file = lockIn()
    fs.writeFileSync(file, 'not json')
    expect(runningStart(file)).toBeUndefined()
    fs.writeFileSync(file, JSON.stringify({ pid: 0, startedAt: 'now' }))
    expect(runningStart(file)).toBeUndefined()
  })

  it('leaves alone a lock that a later start took over', () => {
    const file = lockIn()
    const taken = takeStartLock(file)
    const later = { pid: process.ppid, startedAt: new Date().toISOString() }
    fs.writeFileSync(file, JSON.stringify(later))
    if ('release' in taken) taken.release()
    expect(runningStart(file)).toEqual(later)
  })

  it('sits beside the embedded database, data/start.lock by default', () => {
    expect(startLockFile({} as unknown as NodeJS.ProcessEnv)).toBe(path.join(projectRoot, 'data', 'start.lock'))
    expect(startLockFile({ DATABASE_URI: 'file:/srv/liling/content.db' } as unknown as NodeJS.ProcessEnv)).toBe('/srv/liling/start.lock')
    expect(startLockFile({ DATABASE_URI: 'mongodb://db1.example.org/liling' } as unknown as NodeJS.ProcessEnv)).toBe(path.join(projectRoot, 'data', 'start.lock'))
  })
})
