import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../shared/freePort'
import { serveStatic } from './staticServer'

const FILE = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><title>醴陵市图书馆</title></svg>\n')
const SCRIPT = `export const places = ${JSON.stringify(Array.from({ length: 200 }, (_, n) => `分馆 ${n}`))}\n`
const INDEX = Buffer.from(Array.from({ length: 4096 }, (_, n) => (n * 7) % 256))
let dir: string
let server: http.Server
let base: string
let port: number

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-static-'))
  const write = (file: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  write('favicon.svg', FILE)
  write('index.html', '<!doctype html><html lang="zh-CN"><title>首页</title></html>\n')
  write('news/index.html', '<!doctype html><html lang="zh-CN"><title>新闻</title></html>\n')
  write('404.html', '<!doctype html><html lang="zh-CN"><title>页面不存在</title></html>\n')
  write('en/404.html', '<!doctype html><html lang="en"><title>Page not found</title></html>\n')
  write('.secret', 'not for visitors')
  write('_astro/app.js', SCRIPT)
  write('catalog/data/index/postings-0.0123456789abcdef.bin', INDEX)
  write('catalog/record/index.html', '<!doctype html><html lang="zh-CN"><title>书目记录</title></html>\n')
  write('catalog/data/pages/base/zh/LL0001.html.gz', gzipSync('<!doctype html><title>醴陵瓷业志 (base)</title>\n'))
  write('catalog/data/pages/base/zh/LL0002.html.gz', gzipSync('<!doctype html><title>醴陵县志 (base)</title>\n'))
  write('catalog/data/pages/delta/zh/LL0002.html.gz', gzipSync('<!doctype html><title>醴陵县志 (delta)</title>\n'))
  write('catalog/data/pages/base/en/LL0001.html.gz', gzipSync('<!doctype html><html lang="en"><title>Liling porcelain</title>\n'))
  port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = await serveStatic(dir, port)
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { force: true, recursive: true })
})

const get = (file: string, headers: Record<string, string> = {}) => fetch(`${base}${file}`, { headers })
const body = async (response: Response) => Buffer.from(await response.arrayBuffer())

describe("npm start's site server", () => {
  it("serves a record page at its address from the catalog's pages, the delta's before the base's", async () => {
    const page = async (address: string) => {
      const response = await get(address)
      return { status: response.status, text: await response.text(), type: response.headers.get('content-type') }
    }
    expect(await page('/catalog/record/LL0001/')).toMatchObject({ status: 200, text: expect.stringContaining('醴陵瓷业志 (base)'), type: expect.stringContaining('text/html') })
    expect((await page('/catalog/record/LL0002/')).text).toContain('醴陵县志 (delta)')
    expect((await page('/en/catalog/record/LL0001/')).text).toContain('Liling porcelain')
    // A record without a page yet: the record page that reads the record itself.
    expect((await page('/catalog/record/LL0003/')).text).toContain('书目记录')
    const old = await fetch(`${base}/catalog/record/?id=LL0001`, { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/catalog/record/LL0001/')
    expect((await page('/catalog/record/?id=a%20b')).text).toContain('书目记录')
    // Gzipped on disk: as it is to a browser, unpacked for a client that takes no gzip, revalidated by its ETag.
    const raw = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/catalog/record/LL0001/`, resolve))
    expect(raw.headers['content-encoding']).toBeUndefined()
    const chunks: Buffer[] = []
    for await (const chunk of raw) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString()).toContain('醴陵瓷业志 (base)')
    const zipped = await get('/catalog/record/LL0001/', { 'Accept-Encoding': 'gzip' })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    const again = await get('/catalog/record/LL0001/', { 'If-None-Match': zipped.headers.get('etag')! })
    expect(again.status).toBe(304)
  })

  it('answers a reversed range with the whole file or 416, and keeps serving', async () => {
    const reversed = await get('/favicon.svg', { Range: 'bytes=10-2' })
    expect([200, 416]).toContain(reversed.status)
    if (reversed.status === 200) expect(await body(reversed)).toEqual(FILE)
    expect((await get('/')).status).toBe(200)
  })

  it('sends the last bytes for a suffix range', async () => {
    const suffix = await get('/favicon.svg', { Range: 'bytes=-5' })
    expect(suffix.status).toBe(206)
    expect(suffix.headers.get('content-range')).toBe(`bytes ${FILE.length - 5}-${FILE.length - 1}/${FILE.length}`)
    expect(await body(suffix)).toEqual(FILE.subarray(-5))
  })

  it('sends the bytes of a range, and 416 with the size for one past the end', async () => {
    const first = await get('/favicon.svg', { Range: 'bytes=0-4' })
    expect(first.status).toBe(206)
    expect(await body(first)).toEqual(FILE.subarray(0, 5))
    const open = await get('/favicon.svg', { Range: 'bytes=20-' })
    expect(await body(open)).toEqual(FILE.subarray(20))
    const past = await get('/favicon.svg', { Range: `bytes=${FILE.length}-${FILE.length + 10}` })
    expect(past.status).toBe(416)
    expect(past.headers.get('content-range')).toBe(`bytes */${FILE.length}`)
  })

  it('sends the whole file for a range in another unit, and the whole file or 416 for one it cannot read', async () => {
    const lines = await get('/favicon.svg', { Range: 'lines=1-2' })
    expect(lines.status).toBe(200)
    expect(await body(lines)).toEqual(FILE)
    for (const range of ['bytes=abc', 'bytes=', 'bytes=--3']) {
      const response = await get('/favicon.svg', { Range: range })
      expect([200, 416], range).toContain(response.status)
      if (response.status === 200) expect(await body(response), range).toEqual(FILE)
    }
  })

  it('serves folders by their index page, the 404 page of the language, and no hidden file', async () => {
    expect(await (await get('/news/')).text()).toContain('新闻')
    const moved = await fetch(`${base}/news`, { redirect: 'manual' })
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe('/news/')
    const missing = await get('/en/no-such-page/')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Page not found')
    expect((await get('/.secret')).status).toBe(404)
    // Raw, because fetch would resolve the dots before sending.
    for (const target of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/news/..%2f..%2f..%2fetc/passwd']) {
      expect(await sendRaw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`), target).toBeOneOf([400, 403, 404])
    }
  })

  it('answers a revalidation of an unchanged file with 304, as nginx does, also when the request says no-cache', async () => {
    const etag = (await get('/favicon.svg')).headers.get('etag')!
    expect((await get('/favicon.svg', { 'Cache-Control': 'no-cache', 'If-None-Match': etag })).status).toBe(304)
    expect((await get('/favicon.svg', { 'If-None-Match': 'W/"other"' })).status).toBe(200)
  })

  it('gzips text for browsers that take it, as nginx does, and sends binary files and their ranges as they are', async () => {
    const zipped = await get('/_astro/app.js', { 'Accept-Encoding': 'gzip' })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe(SCRIPT)
    expect((await get('/_astro/app.js', { 'Accept-Encoding': 'identity' })).headers.get('content-encoding')).toBeNull()
    const range = await get('/catalog/data/index/postings-0.0123456789abcdef.bin', { 'Accept-Encoding': 'gzip', Range: 'bytes=100-199' })
    expect(range.status).toBe(206)
    expect(range.headers.get('content-encoding')).toBeNull()
    expect(Buffer.from(await range.arrayBuffer()).equals(INDEX.subarray(100, 200))).toBe(true)
  })

  it('refuses to write, with the methods it allows', async () => {
    const response = await fetch(`${base}/favicon.svg`, { body: 'x', method: 'PUT' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('survives a few thousand random malformed requests and still answers', { timeout: 60_000 }, async () => {
    const random = seeded(20261206)
    const statuses = new Map<number, number>()
    const requests = Array.from({ length: 3000 }, () => fuzzedRequest(random))
    for (let i = 0; i < requests.length; i += 25) {
      const answers = await Promise.all(requests.slice(i, i + 25).map((request) => sendRaw(port, request)))
      for (const [index, status] of answers.entries()) {
        expect(status === undefined || status < 500, `${status} for ${JSON.stringify(requests[i + index])}`).toBe(true)
        if (status) statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }
    // The fuzz reached the server's answers, not only the HTTP parser's.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 206, 400, 404, 405]))
    const after = await get('/favicon.svg')
    expect(after.status).toBe(200)
    expect(await body(after)).toEqual(FILE)
  })
})

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'get', 'BREW', '']
const PATHS = ['/', '/favicon.svg', '/news/', '/news', '/en/', '/en', '/404.html', '/.secret', '/missing', '/favicon.svg/', '/news/index.html']
const PATH_NOISE = ['..', '%2e%2e', '%00', '%', '%zz', '%c0%af', '//', '/./', '\\', '?a=1', '#x', '~', '醴陵', '%E9%86%B4', ' ', '\t', '*', 'http://example.org/', 'a'.repeat(5000)]
const RANGES = ['bytes=10-2', 'bytes=-5', 'bytes=-0', 'bytes=0-', 'bytes=5-5', 'bytes=0-4,10-12', 'bytes=99999999999999999999-', 'bytes=-99999999', 'bytes=1-2-3', 'bytes= 3 - 9', 'bytes=a-b', 'bytes=,', 'items=0-1', '']
const HEADERS = [
  () => `If-None-Match: ${pick(['*', 'W/"1-2"', '"x"', ''])}`,
  () => `If-Modified-Since: ${pick(['yesterday', 'Thu, 01 Jan 2099 00:00:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT', ''])}`,
  () => `If-Range: ${pick(['"x"', 'W/"1-2"', 'Thu, 01 Jan 1970 00:00:00 GMT', 'garbage'])}`,
  () => `If-Match: ${pick(['*', '"nope"'])}`,
  () => `If-Unmodified-Since: ${pick(['Thu, 01 Jan 1970 00:00:00 GMT', 'never'])}`,
  () => `Accept-Encoding: ${pick(['gzip', 'br', '*', ';;;'])}`,
  () => `Content-Length: ${pick(['0', '-1', '5', 'abc'])}`,
  () => `Transfer-Encoding: ${pick(['chunked', 'gzip', 'x'])}`,
  () => `X-Long: ${'z'.repeat(pickIndex(3) * 4000)}`,
  () => pick(['Bad Header', ': empty name', 'Host: a', 'Host: b', 'X-Ctl: \u0001\u0002'].slice()),
]
let draw: () => number = Math.random
const pickIndex = (n: number) => Math.floor(draw() * n)
const pick = <T>(values: T[]): T => values[pickIndex(values.length)]!

/** One raw HTTP request: a method, a real path with noise around it, a range and a few odd headers. */
function fuzzedRequest(random: () => number): string {
  draw = random
  let target = pick(PATHS)
  for (let i = pickIndex(3); i > 0; i -= 1) {
    const at = pickIndex(target.length + 1)
    target = target.slice(0, at) + pick(PATH_NOISE) + target.slice(at)
  }
  const lines = [`${pick(METHODS)} ${target} ${pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', ''])}`.trim()]
  if (random() < 0.9) lines.push('Host: 127.0.0.1')
  if (random() < 0.6) lines.push(`Range: ${pick(RANGES)}`)
  for (let i = pickIndex(3); i > 0; i -= 1) lines.push(pick(HEADERS)())
  lines.push('Connection: close')
  return `${lines.join('\r\n')}\r\n\r\n`
}

/**
 * Sends a raw request, as a client that waits for its answer does; resolves with the status of
 * the answer, or undefined when the server closed without one. A request the server still waits
 * on (a body announced and never sent) is ended after a second of silence.
 */
function sendRaw(port: number, request: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    const deadline = setTimeout(() => {
      socket.destroy()
      reject(new Error(`No answer within 10 s to ${JSON.stringify(request.slice(0, 200))}`))
    }, 10_000)
    socket.setTimeout(1000, () => socket.end())
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(deadline)
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(answer)?.[1]
      resolve(status ? Number(status) : undefined)
    })
    socket.write(request)
  })
}
