/**
 * A real Zebra server (Debian's idzebra-2.0, the engine Koha used) answering SRU on a free port
 * of 127.0.0.1, loaded with MARC files, for the tests of the SRU harvest. Its configuration is
 * tests/fixtures/zebra/ (README there); its index lives in a temporary folder of its own.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from '../shared/freePort'
import { projectRoot } from '../shared/paths'

const CONFIG = path.join(projectRoot, 'tests', 'fixtures', 'zebra')

export type ZebraServer = { stop: () => Promise<void>; url: string }

/** Indexes `files` (ISO 2709 in UTF-8) and starts zebrasrv; its SRU address is `url` (database `marc`). */
export async function startZebra(files: string[]): Promise<ZebraServer> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-zebra-'))
  for (const folder of ['register', 'shadow', 'lock', 'tmp']) fs.mkdirSync(path.join(work, folder))
  const env = { ...process.env, ZEBRA_WORK: work }
  const index = (...args: string[]) =>
    promisify(execFile)('zebraidx', ['-c', 'zebra.cfg', '-l', path.join(work, 'zebraidx.log'), ...args], { cwd: CONFIG, env })
  await index('init')
  await index('update', ...files)
  await index('commit')
  const port = await freePort()
  const server: ChildProcess = spawn('zebrasrv', ['-f', 'yazgfs.xml', '-l', path.join(work, 'zebrasrv.log'), `tcp:127.0.0.1:${port}`], {
    cwd: CONFIG,
    env,
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}/marc`
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    }
    fs.rmSync(work, { force: true, recursive: true })
  }
  for (let tries = 0; ; tries += 1) {
    const answered = await fetch(`${url}?version=1.1&operation=explain`).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) break
    if (tries > 100 || server.exitCode !== null) {
      const log = fs.existsSync(path.join(work, 'zebrasrv.log')) ? fs.readFileSync(path.join(work, 'zebrasrv.log'), 'utf8') : ''
      await stop()
      throw new Error(`zebrasrv did not answer on port ${port}:\n${log.slice(-2000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { stop, url }
}
