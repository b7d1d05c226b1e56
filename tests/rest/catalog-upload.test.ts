import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importAdvice } from '../../cms/catalog/importAdvice'
import { projectRoot } from '../../shared/paths'
import { type RunningCms, startCms } from './server'

type Import = { error?: string; id: number; imported?: number; removal?: { before: number; removed: number }; skipped?: number; status: string }
type Status = { active: Import[]; catalog: { records: number; sample: boolean } | null; imports: boolean; last: Import | null }

const fixture = (name: string) => fs.readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'marc', name))
/** The upload limit these tests run with: 60 kB, more than test_data.utf8.mrc, less than twice it. */
const LIMIT_MB = '0.06'

let cms: RunningCms
let catalogDir: string
const tokens: Record<'admin' | 'cataloguer' | 'editor', string> = { admin: '', cataloguer: '', editor: '' }

async function send(method: string, url: string, token: string | undefined, body?: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${cms.url}${url}`, { body, headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers }, method })
}

const upload = (token: string, name: string, body: Buffer, mode = 'full') =>
  send('POST', `/api/catalog-imports/upload?${new URLSearchParams({ mode, name })}`, token, new Uint8Array(body), {
    'Content-Type': 'application/octet-stream',
  })

async function importRecord(id: number): Promise<Import> {
  const response = await send('GET', `/api/catalog-imports/${id}?depth=0`, tokens.admin)
  return (await response.json()) as Import
}

/** Waits until the import has ended, or waits for a confirmation. */
async function ended(id: number): Promise<Import> {
  for (let tries = 0; tries < 300; tries += 1) {
    const record = await importRecord(id)
    if (!['uploading', 'queued', 'running'].includes(record.status)) return record
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`import ${id} did not end`)
}

beforeAll(async () => {
  catalogDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-upload-'))
  cms = await startCms({ env: { CATALOG_DIR: catalogDir, CATALOG_UPLOAD_MAX_MB: LIMIT_MB, PAYLOAD_RUN_JOBS: 'true' } })
  const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
  const admin = { email: 'admin@example.org', password: 'a long admin password' }
  const registered = await fetch(`${cms.url}/api/users/first-register`, { ...json(admin), method: 'POST' })
  tokens.admin = ((await registered.json()) as { token: string }).token
  for (const role of ['cataloguer', 'editor'] as const) {
    const account = { email: `${role}@example.org`, password: `a long ${role} password`, role }
    const created = await fetch(`${cms.url}/api/users`, {
      ...json(account),
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const login = await fetch(`${cms.url}/api/users/login`, { ...json(account), method: 'POST' })
    tokens[role] = ((await login.json()) as { token: string }).token
  }
}, 600_000)

afterAll(async () => {
  await cms?.stop()
  fs.rmSync(catalogDir, { force: true, recursive: true })
})

describe('uploading an export in the admin', () => {
  it('imports what a cataloguer uploads, and the catalog status says so', async () => {
    const response = await upload(tokens.cataloguer, 'test_data.utf8.mrc', fixture('test_data.utf8.mrc'))
    expect(response.status).toBe(202)
    const { id } = (await response.json()) as { id: number }
    expect(await ended(id)).toMatchObject({ imported: 30, skipped: 0, status: 'succeeded' })

    const status = (await (await send('GET', '/api/catalog-imports/status', tokens.cataloguer)).json()) as Status
    expect(status.catalog?.records).toBe(30)
    expect(status.last?.id).toBe(id)
    const report = await send('GET', `/api/catalog-imports/${id}/report`, tokens.cataloguer)
    expect(report.status).toBe(200)
    expect(await report.text()).toContain('No record was skipped.')
  })

  it('refuses editors and the public, and keeps cataloguers out of the content', async () => {
    expect((await upload(tokens.editor, 'x.mrc', fixture('bad_records.mrc'))).status).toBe(403)
    expect((await send('POST', '/api/catalog-imports/upload?name=x.mrc&mode=full', undefined, 'x')).status).toBe(403)
    expect((await send('GET', '/api/catalog-imports/status', tokens.editor)).status).toBe(403)
    const news = await send('POST', '/api/news', tokens.cataloguer, JSON.stringify({ category: 'news', title: '编目员' }), {
      'Content-Type': 'application/json',
    })
    expect(news.status).toBe(403)
  })

  it('waits for an admin to confirm a full import that removes most of the catalog', async () => {
    const response = await upload(tokens.cataloguer, 'bad_records.mrc', fixture('bad_records.mrc'))
    const { id } = (await response.json()) as { id: number }
    const waiting = await ended(id)
    expect(waiting.status).toBe('awaiting-confirmation')
    expect(waiting.removal).toMatchObject({ before: 30, removed: 30 })

    expect((await send('POST', `/api/catalog-imports/${id}/confirm`, tokens.cataloguer)).status).toBe(403)
    expect((await send('POST', `/api/catalog-imports/${id}/confirm`, tokens.admin)).status).toBe(202)
    const confirmed = await ended(id)
    expect(confirmed).toMatchObject({ status: 'succeeded' })
    const status = (await (await send('GET', '/api/catalog-imports/status', tokens.admin)).json()) as Status
    expect(status.catalog?.records).toBe(confirmed.imported)
  })

  it('refuses a file over the limit, before and while it is sent, and keeps nothing of it', async () => {
    const large = Buffer.concat([fixture('test_data.utf8.mrc'), fixture('test_data.utf8.mrc')])
    const declared = await upload(tokens.cataloguer, 'large.mrc', large)
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { error: string }).error).toBe(
      '文件 large.mrc 有 78.6 kB，超过上传上限 60.0 kB。请压缩（gzip 或 zip）后再上传，或请管理员调高 CATALOG_UPLOAD_MAX_MB。',
    )

    // Sent in chunks, without a length: refused once it passes the limit.
    const chunked = await rawUpload('chunked.mrc', large, { chunked: true })
    expect(chunked.status).toBe(413)
    const record = await importRecord(chunked.body.id)
    expect(record.status).toBe('failed')
    expect(fs.existsSync(path.join(catalogDir, 'imports', String(record.id), 'export'))).toBe(false)
  })

  it('records an upload cut off half-way as such, and imports nothing from it', async () => {
    const before = (await (await send('GET', '/api/catalog-imports/status', tokens.admin)).json()) as Status
    const cut = await rawUpload('cut.mrc', fixture('test_data.utf8.mrc'), { cutAfter: 10_000 })
    expect(cut.status).toBe(0)
    let record: Import | undefined
    for (let tries = 0; tries < 100 && record?.status !== 'failed'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const list = (await (await send('GET', '/api/catalog-imports?where[fileName][equals]=cut.mrc&depth=0', tokens.admin)).json()) as { docs: Import[] }
      record = list.docs[0]
    }
    expect(record?.status).toBe('failed')
    expect(record?.error).toMatch(/^The upload of cut\.mrc was cut off after [\d,]+ of 39,294 bytes/)
    expect(importAdvice(record?.error)?.zh).toBe('文件没有完整上传：请重新上传。')
    const after = (await (await send('GET', '/api/catalog-imports/status', tokens.admin)).json()) as Status
    expect(after.catalog).toEqual(before.catalog)
  })
})

/** Sends an upload by hand: in chunks without a length, or with its length and cut off after some bytes. Status 0: no answer. */
function rawUpload(name: string, body: Buffer, how: { chunked?: boolean; cutAfter?: number }): Promise<{ body: { id: number }; status: number }> {
  return new Promise((resolve) => {
    const url = new URL(`/api/catalog-imports/upload?${new URLSearchParams({ mode: 'full', name })}`, cms.url)
    const request = http.request(url, {
      headers: {
        Authorization: `JWT ${tokens.cataloguer}`,
        'Content-Type': 'application/octet-stream',
        ...(how.chunked ? {} : { 'Content-Length': String(body.length) }),
      },
      method: 'POST',
    })
    request.on('response', (response) => {
      let text = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ body: JSON.parse(text || '{}') as { id: number }, status: response.statusCode ?? 0 }))
    })
    request.on('error', () => resolve({ body: { id: 0 }, status: 0 }))
    if (how.cutAfter !== undefined) {
      request.write(body.subarray(0, how.cutAfter), () => setTimeout(() => request.destroy(), 300))
      return
    }
    for (let at = 0; at < body.length; at += 8192) request.write(body.subarray(at, at + 8192))
    request.end()
  })
}
