/**
 * What goes wrong while publishing, for real: each fault must leave the last good site served,
 * lose no content, and let the next build succeed.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../shared/freePort'
import { serveStatic } from '../../publishing/staticServer'
import { CmsClient } from './cmsClient'
import { System, waitFor } from './system'
import { TcpProxy } from './tcpProxy'

let system: System
let admin: CmsClient
let proxy: TcpProxy
/** Serves the live site folder as a web server in front of it would (nginx in production), independently of `npm start`. */
let webServer: http.Server
let webServerUrl: string
let brokenIndexerFlag: string

/** A stand-in for Pagefind's binary that runs the real one, or crashes while the flag file exists. */
function indexerThatCanCrash(dir: string): string {
  const real = createRequire(import.meta.url).resolve('@pagefind/linux-x64/bin/pagefind_extended')
  const script = path.join(dir, 'pagefind-or-crash.sh')
  brokenIndexerFlag = path.join(dir, 'indexer-broken')
  fs.writeFileSync(script, `#!/bin/sh\nif [ -e "${brokenIndexerFlag}" ]; then echo "pagefind: crashed" >&2; exit 70; fi\nexec "${real}" "$@"\n`, { mode: 0o755 })
  return script
}

/** The system, its builds reading the CMS through the proxy, and indexing with the indexer that can crash. */
async function startSystem(dir: string): Promise<System> {
  proxy.target = await freePort()
  return System.start({ dir, env: { PAGEFIND_EXTENDED_BINARY_PATH: indexerThatCanCrash(dir), SITE_BUILD_CMS_URL: proxy.url }, port: proxy.target })
}

beforeAll(async () => {
  proxy = await TcpProxy.start()
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'liling-faults-'))
  system = await startSystem(dir)
  admin = await CmsClient.firstAdmin(system.cmsUrl)
  await admin.idle()
  const port = await freePort()
  webServer = await serveStatic(path.join(dir, 'site', 'current'), port)
  webServerUrl = `http://127.0.0.1:${port}`
})

afterAll(async () => {
  await system?.stop()
  await proxy?.cut()
  await new Promise((resolve) => webServer?.close(resolve))
})

const fetchPage = async (base: string, page: string) => {
  const response = await fetch(`${base}${page}`)
  return response.ok ? response.text() : undefined
}

/** What visitors get now: the live release's name and whether a page is there, from both servers. */
async function liveSite(page: string) {
  const { live } = await admin.status()
  return {
    page: await fetchPage(system.siteUrl, page),
    release: live?.release,
    viaWebServer: await fetchPage(webServerUrl, page),
  }
}

const rebuildNow = async () => {
  expect((await admin.raw('POST', '/api/site-builds/rebuild')).status).toBe(202)
  return admin.idle()
}

/** The last good site is still served, whole, and the content is still in the CMS. */
async function expectLastGoodSiteServed(release: string | undefined) {
  const now = await liveSite('/')
  expect(now.release).toBe(release)
  expect(now.page).toContain('醴陵市图书馆')
  expect(now.viaWebServer).toContain('醴陵市图书馆')
}

async function storedNews(slug: string) {
  const { docs } = await admin.send<{ docs: { _status: string; title: string }[] }>('GET', `/api/news?where[slug][equals]=${slug}&depth=0`)
  return docs[0]
}

describe('a fault during publishing', () => {
  it('the CMS unreachable during a build: the build fails, naming the CMS; the next one succeeds', async () => {
    const { release } = await liveSite('/')
    await proxy.cut()
    await admin.publishNews({ slug: 'while-cms-unreachable', title: '网络中断时发布的通知' })
    const failed = await admin.idle()
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain(proxy.url)
    await expectLastGoodSiteServed(release)
    expect(await storedNews('while-cms-unreachable')).toMatchObject({ _status: 'published', title: '网络中断时发布的通知' })

    await proxy.restore()
    expect((await rebuildNow()).status).toBe('succeeded')
    expect(await fetchPage(system.siteUrl, '/news/while-cms-unreachable/')).toContain('网络中断时发布的通知')
  })

  it('content that makes a page throw: the build fails naming the item; fixed, the next one succeeds', async () => {
    const id = await admin.publishNews({ slug: 'title-lost-in-import', title: '导入时丢失标题的通知' })
    await admin.idle()
    const { release } = await liveSite('/')
    // A title lost outside the CMS's checks (a bad import, a hand edit of the database): the page cannot be made.
    const database = createClient({ url: `file:${path.join(system.dir, 'liling.db')}` })
    await database.execute({ args: [id], sql: 'UPDATE news_locales SET title = NULL WHERE _parent_id = ?' })
    database.close()

    const failed = await rebuildNow()
    expect(failed.status).toBe('failed')
    expect(failed.error).toContain('News item title-lost-in-import has no Chinese text')
    await expectLastGoodSiteServed(release)
    expect(await fetchPage(system.siteUrl, '/news/title-lost-in-import/')).toContain('导入时丢失标题的通知')

    await admin.send('PATCH', `/api/news/${id}`, { _status: 'published', title: '标题已修复的通知' })
    expect((await admin.idle()).status).toBe('succeeded')
    expect(await fetchPage(system.siteUrl, '/news/title-lost-in-import/')).toContain('标题已修复的通知')
  })

  it('the search indexer failing: the build fails with its error; the next one succeeds', async () => {
    const { release } = await liveSite('/')
    fs.writeFileSync(brokenIndexerFlag, '')
    try {
      await admin.publishNews({ slug: 'while-indexer-broken', title: '索引程序故障时发布的通知' })
      const failed = await admin.idle()
      expect(failed.status).toBe('failed')
      expect(failed.error).toMatch(/Pagefind/)
      expect(failed.log).toContain('pagefind: crashed')
      await expectLastGoodSiteServed(release)
    } finally {
      // Mended whatever happened, so that the other faults are tried with a working indexer.
      fs.rmSync(brokenIndexerFlag, { force: true })
    }

    expect((await rebuildNow()).status).toBe('succeeded')
    expect(await fetchPage(system.siteUrl, '/news/while-indexer-broken/')).toContain('索引程序故障时发布的通知')
  })

  it('the build process killed half-way: the build fails as killed; the next one succeeds', async () => {
    const { release } = await liveSite('/')
    await admin.publishNews({ slug: 'build-killed', title: '构建被中止时发布的通知' })
    const astro = await waitFor('the astro build process', async () => {
      const found = execFileSync('pgrep', ['-f', `astro build .*--outDir ${path.join(system.dir, 'site', 'staging')}`], { encoding: 'utf8' }).trim()
      return found || undefined
    })
    for (const pid of astro.split('\n')) process.kill(Number(pid), 'SIGKILL')
    const failed = await admin.idle()
    expect(failed).toMatchObject({ status: 'failed' })
    expect(failed.error).toContain('killed (SIGKILL)')
    await expectLastGoodSiteServed(release)
    expect(fs.readdirSync(path.join(system.dir, 'site', 'staging'))).toEqual([])

    expect((await rebuildNow()).status).toBe('succeeded')
    expect(await fetchPage(system.siteUrl, '/news/build-killed/')).toContain('构建被中止时发布的通知')
  })

  it('the whole start command killed during a build: the last good site stays served; after a restart the build is marked interrupted and the next one succeeds', async () => {
    const { release } = await liveSite('/')
    await admin.publishNews({ slug: 'server-killed', title: '服务器断电前发布的通知' })
    await waitFor('a build to start', async () => ((await admin.status()).building ? true : undefined))
    await system.kill()

    expect(await fetchPage(webServerUrl, '/')).toContain('醴陵市图书馆')
    expect(await fetchPage(webServerUrl, '/news/server-killed/')).toBeUndefined()

    system = await startSystem(system.dir)
    admin = await CmsClient.login(system.cmsUrl, 'librarian@example.org')
    expect(system.output.join('\n')).toContain('Serving the last published site while it is rebuilt')
    expect((await liveSite('/')).release).toBe(release)

    const restarted = await admin.idle()
    expect(restarted).toMatchObject({ status: 'succeeded', trigger: 'startup' })
    const interrupted = (await admin.builds()).find((build) => build.status === 'interrupted')
    expect(interrupted?.error).toContain('stopped during this build')
    expect(await fetchPage(system.siteUrl, '/news/server-killed/')).toContain('服务器断电前发布的通知')
    expect(await fetchPage(webServerUrl, '/news/server-killed/')).toContain('服务器断电前发布的通知')
  })
})
