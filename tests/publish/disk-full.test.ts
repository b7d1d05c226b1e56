import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { CmsClient } from './cmsClient'
import { smallDiskWrapper } from './smallDisk'
import { System } from './system'

let system: System | undefined

afterAll(async () => {
  await system?.stop()
})

describe('a full disk', () => {
  it('fails the build and keeps the last good site served, losing no content; with space again, the next build succeeds', async () => {
    // The site folder on a 64 MB disk of its own; as a normal user, in a user namespace of its own too.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-system-'))
    system = await System.start({ dir, env: { SMALL_DISK_DIR: path.join(dir, 'site'), SMALL_DISK_SIZE: '64m' }, wrapper: smallDiskWrapper() })
    const admin = await CmsClient.firstAdmin(system.cmsUrl)
    expect((await admin.idle()).status).toBe('succeeded')
    const { live } = await admin.status()

    const filled = system.output.length
    process.kill(system.process.pid!, 'SIGUSR1')
    await system.waitForOutput(/^small-disk: filled/, 30_000, filled)
    await admin.publishNews({ slug: 'disk-full-notice', title: '磁盘已满时发布的通知' })
    const failed = await admin.idle()
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('The disk is full')

    expect((await admin.status()).live?.release).toBe(live?.release)
    expect(await (await fetch(`${system.siteUrl}/`)).text()).toContain('醴陵市图书馆')
    expect((await fetch(`${system.siteUrl}/news/disk-full-notice/`)).status).toBe(404)
    const { docs } = await admin.send<{ docs: { title: string }[] }>('GET', '/api/news?where[slug][equals]=disk-full-notice')
    expect(docs.map((doc) => doc.title)).toEqual(['磁盘已满时发布的通知'])

    const freed = system.output.length
    process.kill(system.process.pid!, 'SIGUSR2')
    await system.waitForOutput(/^small-disk: freed/, 30_000, freed)
    expect((await admin.raw('POST', '/api/site-builds/rebuild')).status).toBe(202)
    expect((await admin.idle()).status).toBe('succeeded')
    expect(await (await fetch(`${system.siteUrl}/news/disk-full-notice/`)).text()).toContain('磁盘已满时发布的通知')
  })
})
