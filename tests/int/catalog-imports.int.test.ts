import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { catalogState } from '../../catalog/catalogState'
import { writeSyntheticCatalog } from '../../catalog/synthetic/writeCatalog'
import { CatalogImporter } from '../../cms/catalog/catalogImporter'
import { exportFilesIn, reportFileOf } from '../../cms/catalog/importFolders'
import type { CatalogImport } from '../../cms/payload-types'
import { projectRoot } from '../../shared/paths'
import { staffUser, testPayload } from './payload'

const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'marc', name)

let payload: Payload
let work: string

beforeAll(async () => {
  payload = await testPayload()
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-imports-'))
})

/** An importer on a catalog folder of its own. */
const importerOn = (name: string) => new CatalogImporter(payload, path.join(work, name), { ...process.env, SITE_DIR: path.join(work, `${name}-site`) })

/** Asks for an import and waits until it has ended (or waits for a confirmation). */
async function imported(importer: CatalogImporter, file: string, mode: 'full' | 'incremental' = 'full'): Promise<CatalogImport> {
  const { id } = await importer.request({ file, mode, source: 'folder' })
  await importer.drain()
  return payload.findByID({ collection: 'catalog-imports', depth: 0, id, overrideAccess: true })
}

describe('the catalog importer', () => {
  it('imports an export in a process of its own and records what it did, with every record skipped', async () => {
    const importer = importerOn('first')
    const done = await imported(importer, fixture('bad_records.mrc'))
    expect(done.status).toBe('succeeded')
    expect(done).toMatchObject({ added: done.imported, read: 8, removed: 0, skipped: 1 })
    expect(done.durationMs).toBeGreaterThan(0)
    expect(done.finishedAt).toBeTruthy()
    // Each skipped record with its number, byte offset and reason, in the record and in the downloadable report.
    expect(done.skippedRecords?.split('\n')).toHaveLength(done.skipped!)
    expect(done.skippedRecords).toMatch(/^bad_records\.mrc, record \d+ \(byte \d+\): \S/)
    expect(fs.readFileSync(reportFileOf(importer.dir, done.id), 'utf8')).toContain(done.skippedRecords!.split('\n')[0])
    // The export itself is not kept once imported; the catalog is live.
    expect(exportFilesIn(importer.dir, done.id)).toEqual([])
    expect(catalogState(importer.dir).catalog?.records).toBe(done.imported)
  })

  it('waits for an admin before a full import removes much of the catalog, and leaves the catalog as it was meanwhile', async () => {
    const importer = importerOn('removal')
    expect((await imported(importer, fixture('test_data.utf8.mrc'))).status).toBe('succeeded')
    const before = catalogState(importer.dir).catalog

    const waiting = await imported(importer, fixture('bad_records.mrc'))
    expect(waiting.status).toBe('awaiting-confirmation')
    expect(waiting.removal).toMatchObject({ before: 30, removed: 30 })
    expect(catalogState(importer.dir).catalog).toEqual(before)
    expect(exportFilesIn(importer.dir, waiting.id)).toHaveLength(1)

    // What the confirm endpoint does for an admin.
    const admin = await staffUser(payload, 'admin')
    await payload.update({
      collection: 'catalog-imports',
      data: { removal: { ...waiting.removal, confirmedBy: admin.id }, status: 'queued' },
      id: waiting.id,
      overrideAccess: true,
    })
    await importer.drain()
    const confirmed = await payload.findByID({ collection: 'catalog-imports', depth: 0, id: waiting.id, overrideAccess: true })
    expect(confirmed).toMatchObject({ removed: waiting.removal?.removed, status: 'succeeded' })
    expect(catalogState(importer.dir).catalog?.records).toBe(confirmed.imported)
  })

  it('stops an import that is cancelled while it runs, leaving the catalog exactly as it was', async () => {
    const importer = importerOn('cancel')
    await imported(importer, fixture('test_data.utf8.mrc'))
    const before = catalogState(importer.dir).catalog
    const large = path.join(work, 'large.iso')
    await writeSyntheticCatalog({ count: 60_000, out: large, seed: 'cancel' })

    const { id } = await importer.request({ file: large, mode: 'full', source: 'folder' })
    const draining = importer.drain()
    // Cancelled once it is reading records.
    for (let tries = 0; tries < 600; tries += 1) {
      const doc = await payload.findByID({ collection: 'catalog-imports', depth: 0, id, overrideAccess: true })
      if ((doc.read ?? 0) > 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(await importer.cancel(id)).toBe(true)
    await draining
    const cancelled = await payload.findByID({ collection: 'catalog-imports', depth: 0, id, overrideAccess: true })
    expect(cancelled).toMatchObject({ error: 'Cancelled: the catalog was left as it was.', status: 'cancelled' })
    expect(catalogState(importer.dir).catalog).toEqual(before)
    // Nothing half-written is left behind to be served or to fill the disk.
    expect(fs.readdirSync(path.join(importer.dir, 'builds'))).toHaveLength(1)
  })

  it('records an import cancelled while its process is still starting as cancelled, not failed', async () => {
    const importer = importerOn('cancel-early')
    const { id } = await importer.request({ file: fixture('test_data.utf8.mrc'), mode: 'full', source: 'folder' })
    const draining = importer.drain()
    // Cancelled the moment it runs, before the import could listen for the signal.
    for (let tries = 0; tries < 600; tries += 1) {
      const doc = await payload.findByID({ collection: 'catalog-imports', depth: 0, id, overrideAccess: true })
      if (doc.status === 'running') break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(await importer.cancel(id)).toBe(true)
    await draining
    expect(await payload.findByID({ collection: 'catalog-imports', depth: 0, id, overrideAccess: true })).toMatchObject({
      error: 'Cancelled: the catalog was left as it was.',
      status: 'cancelled',
    })
    expect(catalogState(importer.dir).catalog).toBeNull()
  })

  it('fails an import of a file that is not an export, or of only bad records, saying why, and keeps the catalog', async () => {
    const importer = importerOn('bad')
    await imported(importer, fixture('test_data.utf8.mrc'))
    const before = catalogState(importer.dir).catalog

    const picture = path.join(work, 'cover.png')
    fs.writeFileSync(picture, Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(2000, 7)]))
    const notAnExport = await imported(importer, picture)
    expect(notAnExport.status).toBe('failed')
    expect(notAnExport.error).toMatch(/^cover\.png is not a catalog export/)

    const utf16 = path.join(work, 'catalog.csv')
    fs.writeFileSync(utf16, Buffer.from('\ufeffid,title,authors\nB1,平凡的世界,路遥\n', 'utf16le'))
    const savedAsUtf16 = await imported(importer, utf16)
    expect(savedAsUtf16).toMatchObject({
      error: 'catalog.csv is not a catalog export: it is a catalog CSV saved as UTF-16; save it as “CSV UTF-8”',
      status: 'failed',
    })

    // An export cut short: the records before the cut are read, the one cut is reported, and what the cut leaves out is not removed without an admin.
    const truncated = path.join(work, 'truncated.mrc')
    fs.writeFileSync(truncated, fs.readFileSync(fixture('test_data.utf8.mrc')).subarray(0, 25_000))
    const cut = await imported(importer, truncated)
    expect(cut).toMatchObject({ removal: { before: 30, removed: 10 }, status: 'awaiting-confirmation' })
    expect(cut.skippedRecords).toMatch(/^truncated\.mrc, record 21 \(byte \d+\): the file ends in the middle of a record/)
    expect(catalogState(importer.dir).catalog).toEqual(before)

    const allBad = path.join(work, 'all-bad.csv')
    fs.writeFileSync(allBad, 'id,title,authors\n,平凡的世界,路遥\nB2,,路遥\n')
    const onlyBad = await imported(importer, allBad)
    expect(onlyBad.status).toBe('failed')
    expect(onlyBad.error).toMatch(/no importable record/)
    expect(onlyBad.error).toMatch(/left as it was/)
    expect(onlyBad.skippedRecords).toMatch(/^all-bad\.csv, record 1 \(byte \d+\): the id is empty/)
    expect(catalogState(importer.dir).catalog).toEqual(before)
  })

  it('marks the imports a stopped process left running as interrupted', async () => {
    const importer = importerOn('interrupted')
    const left = await payload.create({
      collection: 'catalog-imports',
      data: { fileName: 'export.mrc', mode: 'full', requestedAt: new Date().toISOString(), source: 'upload', status: 'running' },
      overrideAccess: true,
    })
    await importer.recoverInterrupted()
    const after = await payload.findByID({ collection: 'catalog-imports', depth: 0, id: left.id, overrideAccess: true })
    expect(after.status).toBe('interrupted')
    expect(after.error).toMatch(/left as it was/)
  })
})

describe('who may see the catalog imports', () => {
  it('lets admins and cataloguers read them, not editors, and nobody write them through the API', async () => {
    const record = await payload.create({
      collection: 'catalog-imports',
      data: { fileName: 'x.mrc', mode: 'full', requestedAt: new Date().toISOString(), source: 'upload', status: 'failed' },
      overrideAccess: true,
    })
    const cataloguer = await payload.create({
      collection: 'users',
      data: { email: `cat-${Date.now()}@example.org`, password: 'a long cataloguer password', role: 'cataloguer' },
      overrideAccess: true,
    })
    const editor = await staffUser(payload, 'editor')
    expect((await payload.findByID({ collection: 'catalog-imports', id: record.id, overrideAccess: false, user: cataloguer })).id).toBe(record.id)
    await expect(payload.findByID({ collection: 'catalog-imports', id: record.id, overrideAccess: false, user: editor })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'catalog-imports', data: { status: 'succeeded' }, id: record.id, overrideAccess: false, user: cataloguer }),
    ).rejects.toThrow()
  })

  it('keeps cataloguers from the site’s content: they cannot write news or read drafts', async () => {
    const cataloguer = await payload.create({
      collection: 'users',
      data: { email: `cat2-${Date.now()}@example.org`, password: 'a long cataloguer password', role: 'cataloguer' },
      overrideAccess: true,
    })
    await expect(
      payload.create({
        collection: 'news',
        data: { category: 'news', date: '2014-05-01', title: '编目员的新闻' } as never,
        overrideAccess: false,
        user: cataloguer,
      }),
    ).rejects.toThrow()
    const editor = await staffUser(payload, 'editor')
    const draft = await payload.create({
      collection: 'news',
      data: { category: 'news', date: '2014-05-01', title: '草稿' } as never,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await expect(payload.findByID({ collection: 'news', draft: true, id: draft.id, overrideAccess: false, user: cataloguer })).rejects.toThrow()
  })
})

describe('a fresh installation', () => {
  it('starts with the sample catalog, once: not over a catalog, nor once an import was asked for', async () => {
    const importer = importerOn('fresh')
    await importer.startWithSample()
    await importer.drain()
    const { docs } = await payload.find({ collection: 'catalog-imports', depth: 0, overrideAccess: true, where: { source: { equals: 'sample' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ imported: 125, status: 'succeeded' })
    expect(catalogState(importer.dir).catalog).toMatchObject({ records: 125, sample: true })

    // The library's own import replaces it; a restart does not bring it back.
    expect(await imported(importer, fixture('test_data.utf8.mrc'))).toMatchObject({ imported: 30, removed: 0, status: 'succeeded' })
    await importer.startWithSample()
    await importer.drain()
    expect(catalogState(importer.dir).catalog).toMatchObject({ records: 30, sample: false })

    // A library whose first import failed gets no sample in place of its catalog either.
    const failedFirst = importerOn('failed-first')
    const picture = path.join(work, 'first.png')
    fs.writeFileSync(picture, Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100)]))
    expect((await imported(failedFirst, picture)).status).toBe('failed')
    await failedFirst.startWithSample()
    await failedFirst.drain()
    expect(catalogState(failedFirst.dir).catalog).toBeNull()
  })
})
