import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { CatalogIndexReader } from '../search/reader'
import { RECORDS_FILE, writeRecords } from '../store'
import { diskSource } from './diskSource'
import { RELEVANCE_QUERIES, RELEVANCE_RECORDS, scoreRelevance } from './relevanceSet'
import { writeCatalogIndex } from './writeIndex'

it(`ranks the relevant books first for each of the ${RELEVANCE_QUERIES.length} queries of the relevance set`, async () => {
  expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(30)
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-relevance-'))
  await writeRecords(build, RELEVANCE_RECORDS)
  const { manifest } = await writeCatalogIndex(path.join(build, RECORDS_FILE), path.join(build, 'index'))
  const score = await scoreRelevance(new CatalogIndexReader(manifest, diskSource(path.join(build, 'index'))))
  expect(score.misses).toEqual([])
  expect(score).toMatchObject({ firstRight: 1, precisionAt10: 1 })
})
