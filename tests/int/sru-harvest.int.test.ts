import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { catalogState } from '../../catalog/catalogState'
import { readExport } from '../../catalog/readExport'
import { harvestSru } from '../../catalog/sru/harvestSru'
import { CatalogImporter } from '../../cms/catalog/catalogImporter'
import { checkCatalogSources, readSourcesState } from '../../cms/catalog/catalogSources'
import { freePort } from '../../shared/freePort'
import { projectRoot } from '../../shared/paths'
import { startZebra, type ZebraServer } from '../zebraServer'
import { testPayload } from './payload'

const fixture = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'marc', name)

let payload: Payload
let zebra: ZebraServer
let work: string

beforeAll(async () => {
  payload = await testPayload()
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sru-'))
  zebra = await startZebra([fixture('test_data.utf8.mrc'), fixture('cnmarc-dp2.utf8.mrc')])
})

afterAll(async () => {
  await zebra?.stop()
})

describe('harvesting a real SRU server (Zebra)', () => {
  it('pages through every record, Chinese ones intact, as the importer reads them', async () => {
    const out = path.join(work, 'pages')
    const seen: number[] = []
    const harvest = await harvestSru({ out, pageSize: 15, progress: (harvested) => seen.push(harvested), query: 'cql.allRecords=1', url: zebra.url })
    expect(harvest).toMatchObject({ records: 40 })
    expect(harvest.files.map((file) => path.basename(file))).toEqual(['page-0001.xml', 'page-0002.xml', 'page-0003.xml'])
    expect(seen).toEqual([15, 30, 40])
    const titles: string[] = []
    for (const file of harvest.files) {
      for await (const result of readExport(file)) {
        expect(result.ok).toBe(true)
        if (result.ok && 'record' in result)
          titles.push(...result.record.dataFields.filter((field) => field.tag === '200').map((field) => field.subfields[0]!.value))
      }
    }
    expect(titles).toContain("'94中国发展报告")
  })

  it('imports a harvest into the catalog like an upload, in the same history', async () => {
    const importer = new CatalogImporter(payload, path.join(work, 'harvested'))
    const harvest = await importer.harvest({ mode: 'full', pageSize: 15, query: 'cql.allRecords=1', url: zebra.url })
    expect(harvest).toMatchObject({ read: 40, source: 'sru', status: 'queued' })
    await importer.drain()
    const done = await payload.findByID({ collection: 'catalog-imports', depth: 0, id: harvest.id, overrideAccess: true })
    expect(done).toMatchObject({ fileName: `${zebra.url} · cql.allRecords=1`, imported: 40, skipped: 0, status: 'succeeded' })
    expect(catalogState(importer.dir).catalog?.records).toBe(40)
  })

  it('on schedule: a full harvest first, then what changed since by the date query, and a plain message when the server is gone', async () => {
    const importer = new CatalogImporter(payload, path.join(work, 'scheduled'))
    await payload.updateGlobal({
      slug: 'catalog-sources',
      data: {
        export: { everyMinutes: 60, kind: 'sru', sruQuery: 'cql.allRecords=1', sruSinceQuery: 'rec.lastModificationDate>={sinceDigits}', sruUrl: zebra.url },
      },
      overrideAccess: true,
    })
    // The day of the newest 005 of the sample records: 18 records were changed on 2009-01-26 or later.
    let now = new Date('2009-01-26T01:00:00Z')
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    expect(catalogState(importer.dir).catalog?.records).toBe(40)
    expect(readSourcesState(importer.dir).export?.harvestedOn).toBe('2009-01-26')

    now = new Date(now.getTime() + 3_600_000)
    await checkCatalogSources(payload, importer, now)
    await importer.drain()
    const { docs } = await payload.find({
      collection: 'catalog-imports',
      depth: 0,
      overrideAccess: true,
      sort: '-requestedAt',
      where: { source: { equals: 'sru' } },
    })
    // One of the 18 is marked deleted (leader/05 d, record 4 of test_data.utf8.mrc): the incremental harvest removes it.
    expect(docs[0]).toMatchObject({
      fileName: `${zebra.url} · rec.lastModificationDate>=20090126`,
      imported: 17,
      mode: 'incremental',
      read: 18,
      removed: 1,
      status: 'succeeded',
    })
    expect(catalogState(importer.dir).catalog?.records).toBe(39)

    const gone = `http://127.0.0.1:${await freePort()}/marc`
    await payload.updateGlobal({ slug: 'catalog-sources', data: { export: { everyMinutes: 60, kind: 'sru', sruUrl: gone } }, overrideAccess: true })
    now = new Date(now.getTime() + 3_600_000)
    await checkCatalogSources(payload, importer, now)
    const failed = (
      await payload.find({
        collection: 'catalog-imports',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        sort: '-requestedAt',
        where: { source: { equals: 'sru' } },
      })
    ).docs[0]
    expect(failed).toMatchObject({
      error: `The SRU server at ${gone} could not be reached (ECONNREFUSED). Nothing was imported; it is tried again at the next check.`,
      status: 'failed',
    })
    expect(readSourcesState(importer.dir).export?.error).toBe(failed?.error)
    expect(catalogState(importer.dir).catalog?.records).toBe(39)
  })
})
