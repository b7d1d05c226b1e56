import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { catalogState } from '../../catalog/catalogState'
import { currentBuild, readRecords } from '../../catalog/store'
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

  it('imports every incremental export left since the last check, oldest first, and none from before the first', async () => {
    const importer = new CatalogImporter(payload, path.join(work, 'incremental-catalog'))
    await importer.request({ file: fixture('editions.csv'), mode: 'full', source: 'upload' })
    await importer.drain()
    const folder = path.join(work, 'incremental-exports')
    await configure({ export: { everyMinutes: 60, folder, kind: 'folder', mode: 'incremental' } })
    const csv = (name: string, rows: string, at: Date) => {
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(path.join(folder, name), `id,title,authors\n${rows}\n`)
      fs.utimesSync(path.join(folder, name), at, at)
    }
    let now = new Date('2026-12-10T03:00:00Z')
    csv('changes-1208.csv', 'OLD1,旧的更新,佚名', new Date(now.getTime() - 48 * HOUR))
    csv('changes-1209.csv', 'NEW1,第一次更新,佚名', new Date(now.getTime() - 24 * HOUR))
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    expect((await imports('folder')).filter((doc) => doc.mode === 'incremental').map((doc) => doc.fileName)).toEqual(['changes-1209.csv'])

    // Two nights' exports since, and a third still being written.
    csv('changes-1210.csv', 'NEW2,第二次更新,佚名', new Date(now.getTime() + 1 * HOUR))
    csv('changes-1211.csv', 'NEW1,第一次更新（改）,佚名', new Date(now.getTime() + 2 * HOUR))
    now = new Date(now.getTime() + 3 * HOUR)
    csv('changes-1212.csv', 'NEW3,第三次更新,佚名', now)
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    const taken = (await imports('folder')).filter((doc) => doc.mode === 'incremental')
    expect(taken.map((doc) => [doc.fileName, doc.status])).toEqual([
      ['changes-1209.csv', 'succeeded'],
      ['changes-1210.csv', 'succeeded'],
      ['changes-1211.csv', 'succeeded'],
    ])
    const records = await readRecords(currentBuild(importer.dir))
    expect(records.get('NEW1')?.title).toBe('第一次更新（改）')
    expect([...records.keys()].filter((id) => !id.startsWith('ED')).sort()).toEqual(['NEW1', 'NEW2'])
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
