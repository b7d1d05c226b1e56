/**
 * The sample nginx configuration (docs/nginx/liling-site.conf), run in Debian's nginx over the
 * site tests' build, with the build behind a `current` symlink as on the live server.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '../../shared/paths'
import { freePort } from '../../shared/freePort'
import { launchChromium, visitor } from './browser'
import { distFiles } from './dist'
import { cacheCases, expectSecurityHeaders, securityCases } from './headerCases'
import { policyViolations, watchPolicyViolations } from './policyViolations'

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const SAMPLE = path.join(projectRoot, 'docs', 'nginx', 'liling-site.conf')
const dist = inject('distDir')

/** The sample with this machine's folder and port in place of the live server's. */
function renderSample(root: string, port: number): string {
  const replacements: [string, string][] = [
    ['root /srv/liling-site/current;', `root ${root};`],
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['listen [::]:80;', ''],
  ]
  return replacements.reduce((conf, [from, to]) => {
    if (!conf.includes(from)) throw new Error(`${SAMPLE} no longer says "${from}": update this test`)
    return conf.replace(from, to)
  }, fs.readFileSync(SAMPLE, 'utf8'))
}

/** nginx's main configuration: in the foreground, everything it writes in `dir`, the sample inside `http`. */
const mainConfig = (dir: string) => `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/liling-site.conf;
}
`

type Reply = { body: Buffer; headers: http.IncomingHttpHeaders; status: number }

let base = ''
/** A GET as it goes over the wire: nothing decompressed, no redirect followed. */
const get = (urlPath: string, headers: Record<string, string> = {}): Promise<Reply> =>
  new Promise((resolve, reject) => {
    http
      .get(`${base}${urlPath}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers, status: response.statusCode! }))
      })
      .on('error', reject)
  })

let dir: string
let nginx: ChildProcess
const current = () => path.join(dir, 'current')

/** Points `current` at `target` the way a release does: a new link renamed over the old one. */
function publish(target: string): void {
  fs.symlinkSync(target, `${current()}.new`)
  fs.renameSync(`${current()}.new`, current())
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-nginx-'))
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  publish(dist)
  fs.writeFileSync(path.join(dir, 'liling-site.conf'), renderSample(current(), port))
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir))
  nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: 'inherit' })
  const exited = new Promise((resolve) => nginx.once('exit', resolve))
  for (let attempt = 0; ; attempt += 1) {
    const up = await get('/').then(
      () => true,
      () => false,
    )
    if (up) break
    const log = fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''
    if (nginx.exitCode !== null || attempt === 100) throw new Error(`nginx did not start:\n${log}`)
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))])
  }
})

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve))
    nginx.kill('SIGTERM')
    await exited
  }
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
})

const file = (urlPath: string) => fs.readFileSync(path.join(dist, urlPath))
const astroFile = (extension: string) => `/${distFiles(dist).find((name) => name.startsWith('_astro') && name.endsWith(extension))!}`

describe('the sample nginx configuration', () => {
  it('compresses pages, styles, scripts, JSON, feeds and calendars for browsers that accept gzip', async () => {
    for (const urlPath of ['/', '/en/news/', astroFile('.css'), astroFile('.js'), '/pagefind/pagefind.js', '/catalog/data/manifest.json', '/rss.xml', '/events.ics']) {
      const onDisk = file(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
      const compressed = await get(urlPath, { 'accept-encoding': 'gzip' })
      expect(compressed.headers['content-encoding'], urlPath).toBe('gzip')
      expect(compressed.headers.vary, urlPath).toContain('Accept-Encoding')
      expect(gunzipSync(compressed.body).equals(onDisk), urlPath).toBe(true)
      const plain = await get(urlPath)
      expect(plain.headers['content-encoding'], urlPath).toBeUndefined()
      expect(plain.body.equals(onDisk), urlPath).toBe(true)
    }
    expect((await get('/events.ics')).headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect((await get('/')).headers['content-type']).toBe('text/html; charset=utf-8')
  })

  it("sends Pagefind's own gzipped files as they are, never compressed twice", async () => {
    const fragment = `/${distFiles(dist).find((name) => name.endsWith('.pf_fragment'))!}`
    const wasm = `/${distFiles(dist).find((name) => /^pagefind\/wasm\..+\.pagefind$/.test(name))!}`
    for (const urlPath of [fragment, wasm]) {
      const reply = await get(urlPath, { 'accept-encoding': 'gzip' })
      expect(reply.headers['content-encoding'], urlPath).toBeUndefined()
      expect(reply.body.equals(file(urlPath)), urlPath).toBe(true)
    }
  })

  it("answers the catalog index's range requests with exactly the bytes asked for, uncompressed", async () => {
    const postings = `/${distFiles(dist).find((name) => /^catalog\/data\/index\/postings-0\.[0-9a-f]{16}\.bin$/.test(name))!}`
    const reply = await get(postings, { 'accept-encoding': 'gzip', range: 'bytes=100-199' })
    expect(reply.status).toBe(206)
    expect(reply.headers['content-encoding']).toBeUndefined()
    expect(reply.body.equals(file(postings).subarray(100, 200))).toBe(true)
  })

  it('has files with a content hash in their name cached for a year and revalidates the rest, as npm start does', async () => {
    for (const { cacheControl, path: urlPath } of cacheCases(dist)) {
      const reply = await get(urlPath)
      expect(reply.status, urlPath).toBe(200)
      expect(reply.headers['cache-control'], urlPath).toBe(cacheControl)
    }
    const etag = (await get('/news/')).headers.etag!
    expect((await get('/news/', { 'if-none-match': etag })).status).toBe(304)
  })

  it('sends the security headers of documents with pages, redirects, not-found pages and SVG, and only nosniff with other files, as npm start does', async () => {
    for (const fileCase of securityCases(dist)) {
      const { headers } = await get(fileCase.path)
      expectSecurityHeaders(fileCase, (name) => headers[name.toLowerCase()] as string | undefined)
    }
  })

  it('answers a missing page with the not-found page of its language and status 404', async () => {
    const chinese = await get('/no-such-page/')
    expect(chinese.status).toBe(404)
    expect(chinese.body.equals(file('404.html'))).toBe(true)
    expect(chinese.body.toString()).toContain('<html lang="zh-CN"')
    const english = await get('/en/no-such-page/')
    expect(english.status).toBe(404)
    expect(english.body.equals(file('en/404.html'))).toBe(true)
    expect(english.body.toString()).toContain('<html lang="en"')
  })

  it("serves a folder's index.html and adds the trailing slash to a folder's address", async () => {
    expect((await get('/news/')).body.equals(file('news/index.html'))).toBe(true)
    const redirect = await get('/news')
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe('/news/')
  })

  it("serves the record pages an export holds at their addresses, and leads their old addresses there", async () => {
    const slug = distFiles(dist).find((name) => /^catalog\/record\/[^/]+\/index\.html$/.test(name))!.split('/')[2]!
    expect((await get(`/catalog/record/${slug}/`)).body.equals(file(`catalog/record/${slug}/index.html`))).toBe(true)
    expect((await get(`/en/catalog/record/${slug}/`)).body.equals(file(`en/catalog/record/${slug}/index.html`))).toBe(true)
    const old = await get(`/en/catalog/record/?id=${slug}`)
    expect(old.status).toBe(301)
    expect(old.headers.location).toBe(`/en/catalog/record/${slug}/`)
    expect((await get('/catalog/record/?id=a%20b')).body.equals(file('catalog/record/index.html'))).toBe(true)
  })

  it("serves a release's record pages where the catalog keeps them, the delta's before the base's", async () => {
    const live = path.join(dir, 'live-release')
    const write = (name: string, text: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(live, name)), { recursive: true })
      fs.writeFileSync(path.join(live, name), text)
    }
    write('catalog/record/index.html', '<!doctype html><title>书目记录</title>')
    write('catalog/data/pages/base/zh/LL1.html.gz', gzipSync('<!doctype html><title>base zh</title>'))
    write('catalog/data/pages/base/en/LL1.html.gz', gzipSync('<!doctype html><title>base en</title>'))
    write('catalog/data/pages/base/zh/LL2.html.gz', gzipSync('<!doctype html><title>base zh 2</title>'))
    write('catalog/data/pages/delta/zh/LL2.html.gz', gzipSync('<!doctype html><title>delta zh 2</title>'))
    try {
      publish(live)
      // Unpacked for a client that takes no gzip; as it is, gzipped, for one that does.
      const plain = await get('/catalog/record/LL1/')
      expect(plain.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(plain.body.toString()).toContain('base zh')
      const zipped = await get('/en/catalog/record/LL1/', { 'accept-encoding': 'gzip' })
      expect(zipped.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(zipped.body).toString()).toContain('base en')
      expect((await get('/catalog/record/LL2/')).body.toString()).toContain('delta zh 2')
      const unwritten = await get('/catalog/record/LL3/')
      expect(unwritten.status).toBe(200)
      expect(unwritten.body.toString()).toContain('书目记录')
    } finally {
      publish(dist)
    }
  })

  it('serves a new release as soon as the current link points at it', async () => {
    const next = path.join(dir, 'next-release')
    fs.mkdirSync(next)
    fs.writeFileSync(path.join(next, 'index.html'), '<!doctype html><title>next</title><p>the next release</p>')
    try {
      publish(next)
      expect((await get('/')).body.toString()).toContain('the next release')
    } finally {
      publish(dist)
    }
    expect((await get('/')).body.equals(file('index.html'))).toBe(true)
  })
})

describe('the site through nginx in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the home page and finds pages from the search page with no policy violation', async () => {
    const { context, page } = await visitor(browser)
    await watchPolicyViolations(context)
    await page.goto(`${base}/`)
    await expect.poll(() => page.locator('open-status .state').getAttribute('data-state')).not.toBe('unknown')
    expect(await policyViolations(page)).toEqual([])
    await page.goto(`${base}/search/?q=${encodeURIComponent('釉下五彩')}`)
    await expect.poll(() => page.locator('.site-search .results li').count()).toBeGreaterThan(0)
    expect(await page.locator('.site-search .results h2').first().textContent()).toContain('釉下五彩')
    expect(await policyViolations(page)).toEqual([])
    await context.close()
  })
})
