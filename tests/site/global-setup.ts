/**
 * Builds the site once for all site tests, from a seeded temporary database with the
 * fixtures added, and serves it on a free port as a static host would.
 */
import fs from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import type { CatalogRecord } from '../../catalog/contract'
import { RECORDS_FILE } from '../../catalog/store'
import { projectRoot } from '../../shared/paths'
import { freePort } from '../../shared/freePort'
import { run } from '../../shared/run'
import { serveStatic } from '../../publishing/staticServer'
import { SITE_TODAY } from './fixtures'
import type { HostileField } from './hostile'
import { ITEM_STATUS_EXPORTED_AT, writeItemStatus } from './itemStatus'

declare module 'vitest' {
  export interface ProvidedContext {
    catalogDir: string
    distDir: string
    hostileFields: HostileField[]
    siteUrl: string
  }
}

/**
 * The catalog the site tests search: ten real CNMARC records, some real MARC21 ones, two Chinese
 * records in pinyin with their characters in 880 and without 001 (built from real ones), and
 * generated ones, some of them changed since by an incremental import (a delta beside the index).
 */
const CATALOG_FILES = ['cnmarc-dp2.utf8.mrc', 'test_data.utf8.mrc', 'pinyin-880.xml'].map((name) => path.join(projectRoot, 'tests', 'fixtures', 'marc', name))
const GENERATED_RECORDS = '400'
/** The first of them, changed by an incremental import. */
const CHANGED_RECORDS = '40'

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)

export default async function exportSite(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-site-'))
  const distDir = path.join(dir, 'dist')
  const port = await freePort()
  const siteUrl = `http://127.0.0.1:${port}`
  const catalogDir = path.join(dir, 'catalog')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
    CATALOG_DIR: catalogDir,
    CMS_URL: '',
    DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'site-tests-only-secret-0123456789abcdef',
    SITE_TODAY,
    SITE_URL: siteUrl,
  }
  const hostileFieldsFile = path.join(dir, 'hostile-fields.json')
  await run(bin('tsx'), [path.join(projectRoot, 'tests', 'site', 'prepare-content.ts'), hostileFieldsFile], { env })
  const generated = path.join(dir, 'generated.mrc')
  await run(bin('tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'generate.ts'), '--count', GENERATED_RECORDS, '--seed', 'site-tests', '--out', generated], { env })
  await run(bin('tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), ...CATALOG_FILES, generated], { env })
  // Then some of the generated records changed, as an incremental import: the site searches the index and its delta.
  const changed = path.join(dir, 'changed.mrc')
  await run(bin('tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'generate.ts'), '--count', CHANGED_RECORDS, '--seed', 'site-tests-changed', '--out', changed], { env })
  await run(bin('tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), changed, '--incremental'], { env })
  // Then new books: two editions of one work and another book by its author (CSV), the catalog's new arrivals.
  await run(bin('tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), path.join(projectRoot, 'tests', 'fixtures', 'marc', 'editions.csv'), '--incremental'], { env })
  // And the library system's item status of the copies.
  const itemStatus = path.join(dir, 'item-status.csv')
  const records = fs.readFileSync(path.join(catalogDir, 'current', RECORDS_FILE), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CatalogRecord)
  writeItemStatus(records, itemStatus)
  await run(bin('tsx'), [path.join(projectRoot, 'scripts', 'catalog', 'availability.ts'), itemStatus, '--exported-at', ITEM_STATUS_EXPORTED_AT], { env })
  await run(bin('astro'), ['build', '--outDir', distDir], { env })
  const server: http.Server = await serveStatic(distDir, port)

  project.provide('catalogDir', catalogDir)
  project.provide('distDir', distDir)
  project.provide('hostileFields', JSON.parse(fs.readFileSync(hostileFieldsFile, 'utf8')) as HostileField[])
  project.provide('siteUrl', siteUrl)
  return async () => {
    await new Promise((resolve) => server.close(resolve))
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
