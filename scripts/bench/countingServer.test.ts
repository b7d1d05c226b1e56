import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../shared/freePort'
import { serveCounted, type ServedResponse } from './countingServer'

let dir: string
let server: { close: () => Promise<void>; served: ServedResponse[] }
let port: number

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-counting-'))
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>t</title>${'<p>文字</p>'.repeat(200)}`)
  fs.writeFileSync(path.join(dir, 'small.json'), '{}')
  fs.writeFileSync(path.join(dir, 'data.bin'), Buffer.alloc(4096, 7))
  port = await freePort()
  server = await serveCounted(dir, port)
})

afterAll(async () => {
  await server.close()
  fs.rmSync(dir, { force: true, recursive: true })
})

function get(address: string, headers: Record<string, string> = {}): Promise<{ body: Buffer; headers: http.IncomingHttpHeaders; status: number }> {
  return new Promise((resolve, reject) => {
    http
      .get({ headers, host: '127.0.0.1', path: address, port }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers, status: res.statusCode ?? 0 }))
      })
      .on('error', reject)
  })
}

describe('serveCounted', () => {
  it('sends text compressed, and logs the bytes it sent', async () => {
    const before = server.served.length
    const page = await get('/', { 'Accept-Encoding': 'gzip' })
    expect(page.status).toBe(200)
    expect(page.headers['content-encoding']).toBe('gzip')
    expect(page.body.length).toBeLessThan(fs.statSync(path.join(dir, 'index.html')).size)
    const [logged] = server.served.slice(before)
    expect(logged).toMatchObject({ path: '/', status: 200 })
    expect(logged!.bytes).toBeGreaterThan(page.body.length)
  })

  it('sends as they are small files, ranges, other types and to a client that takes no gzip', async () => {
    expect((await get('/small.json', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBeUndefined()
    expect((await get('/', {})).headers['content-encoding']).toBeUndefined()
    const range = await get('/data.bin', { 'Accept-Encoding': 'gzip', Range: 'bytes=0-99' })
    expect(range.status).toBe(206)
    expect(range.headers['content-encoding']).toBeUndefined()
    expect(range.body.length).toBe(100)
  })
})
