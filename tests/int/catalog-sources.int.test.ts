import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { catalogState } from '../../catalog/catalogState'
import { CatalogImporter } from '../../cms/catalog/catalogImporter'
import { checkCatalogSources, readSourcesState } from '../../cms/catalog/catalogSources'
import type { CatalogSource } from '../../cms/payload-types'
import { projectRoot } from '../../shared/paths'
import { testPayload } from './payload'

const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'marc', name)
const HOUR = 3_600_000

let payload: Payload
let work: string
const servers: http.Server[] = []

beforeAll(async () => {
  payload = await testPayload()
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sources-'))
})

afterAll(() => {
  for (const server of servers) server.close()
})

const configure = (data: Partial<CatalogSource>) => payload.updateGlobal({ slug: 'catalog-sources', data, overrideAccess: true })

const imports = async (source: string) =>
  (await payload.find({ collection: 'catalog-imports', depth: 0, overrideAccess: true, sort: 'requestedAt', where: { source: { equals: source } } })).docs

/** Puts a file in the folder as the library system would, written a while ago (settled). */
function drop(folder: string, name: string, from: string, at: Date) {
  fs.mkdirSync(folder, { recursive: true })
  fs.copyFileSync(from, path.join(folder, name))
  fs.utimesSync(path.join(folder, name), at, at)
}

describe('scheduled catalog updates', () => {
  it('imports the newest export the library system leaves in a folder, once, and the next one when it comes', async () => {
    const importer = new CatalogImporter(payload, path.join(work, 'folder-catalog'))
    const folder = path.join(work, 'exports')
    await configure({ availability: { everyMinutes: 5, kind: 'none' }, export: { everyMinutes: 60, folder, kind: 'folder', mode: 'full' } })
    let now = new Date('2026-12-07T02:30:00Z')
    drop(folder, 'catalog-20261206.mrc', fixture('cnmarc-dp2.utf8.mrc'), new Date(now.getTime() - HOUR))
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    expect((await imports('folder')).map((doc) => [doc.fileName, doc.status, doc.imported])).toEqual([['catalog-20261206.mrc', 'succeeded', 10]])

    // Not before its interval, and not again for the same file.
    drop(folder, 'catalog-20261207.mrc', fixture('test_data.utf8.mrc'), new Date(now.getTime() - 2 * HOUR))
    await checkCatalogSources(payload, importer, new Date(now.getTime() + 10 * 60_000))
    now = new Date(now.getTime() + HOUR)
    await checkCatalogSources(payload, importer, now)
    expect(await imports('folder')).toHaveLength(1)

    // A new night's export, still being written: left until it has settled.
    drop(folder, 'catalog-20261208.mrc', fixture('cnmarc-dp2.utf8.mrc'), now)
    now = new Date(now.getTime() + HOUR)
    fs.appendFileSync(path.join(folder, 'catalog-20261208.mrc'), fs.readFileSync(fixture('test_data.utf8.mrc')))
    fs.utimesSync(path.join(folder, 'catalog-20261208.mrc'), now, now)
    await checkCatalogSources(payload, importer, now)
    expect(await imports('folder')).toHaveLength(1)
    now = new Date(now.getTime() + HOUR)
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    const [, second] = await imports('folder')
    expect(second).toMatchObject({ fileName: 'catalog-20261208.mrc', imported: 40, status: 'succeeded' })
    expect(catalogState(importer.dir).catalog?.records).toBe(40)
  })

  it('downloads the export an address offers when it changed, and says why when the address fails', async () => {
    const importer = new CatalogImporter(payload, path.join(work, 'url-catalog'))
    let requests = 0
    const server = http.createServer((request, response) => {
      requests += 1
      if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end()
      response.writeHead(200, { 'Content-Disposition': 'attachment; filename="nightly.mrc"', ETag: '"v1"' }).end(fs.readFileSync(fixture('test_data.utf8.mrc')))
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export`
    await configure({ export: { everyMinutes: 60, kind: 'url', mode: 'full', url } })
    let now = new Date('2026-12-08T02:00:00Z')
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    expect((await imports('url')).map((doc) => [doc.fileName, doc.status, doc.imported])).toEqual([['nightly.mrc', 'succeeded', 30]])

    now = new Date(now.getTime() + HOUR)
    await checkCatalogSources(payload, importer, now)
    expect(requests).toBe(2)
    expect(await imports('url')).toHaveLength(1)

    server.close()
    now = new Date(now.getTime() + HOUR)
    await checkCatalogSources(payload, importer, now)
    expect(readSourcesState(importer.dir).export?.error).toMatch(/^The export at http:\/\/127\.0\.0\.1:\d+\/export could not be fetched \(ECONNREFUSED\)/)
    expect(catalogState(importer.dir).catalog?.records).toBe(30)
  })

  it('imports the copies’ status from its folder on its own, shorter schedule', async () => {
    const importer = new CatalogImporter(payload, path.join(work, 'status-catalog'))
    await importer.request({ file: fixture('cnmarc-dp2.utf8.mrc'), mode: 'full', source: 'upload' })
    await importer.drain()
    const statusFolder = path.join(work, 'status')
    await configure({ availability: { everyMinutes: 5, folder: statusFolder, kind: 'folder' }, export: { everyMinutes: 60, kind: 'none' } })
    const now = new Date()
    drop(statusFolder, 'item-status.csv', fixture('item-status.csv'), new Date(now.getTime() - 2 * 60_000))
    await checkCatalogSources(payload, importer, now)
    expect(readSourcesState(importer.dir).availability).toMatchObject({ updatedAt: now.toISOString() })
    expect(catalogState(importer.dir).availability?.items).toBeGreaterThan(0)

    await configure({ availability: { everyMinutes: 5, folder: path.join(work, 'no-such-folder'), kind: 'folder' } })
    await checkCatalogSources(payload, importer, new Date(now.getTime() + 5 * 60_000))
    expect(readSourcesState(importer.dir).availability?.error).toBe(
      `The folder ${path.join(work, 'no-such-folder')} does not exist: check the catalog updates' folder in the admin.`,
    )
  })
})
