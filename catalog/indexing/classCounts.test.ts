import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { CatalogRecord } from '../contract'
import { writeRecords } from '../store'
import { writeClassCounts } from './classCounts'

const record = (id: string, clc: string | undefined, extra: Partial<CatalogRecord> = {}): CatalogRecord => ({
  authors: ['王文'],
  ...(clc ? { clc } : {}),
  holdings: [],
  id,
  isbn: [],
  subjects: [],
  title: `书 ${id}`,
  ...extra,
})

describe('writeClassCounts', () => {
  it('counts the records of each class three levels down, each record once a class', async () => {
    const build = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-classes-'))
    await writeRecords(build, [
      record('1', 'I247.5'),
      record('2', 'I247.7'),
      record('3', 'I210'),
      record('4', 'TP312'),
      record('5', undefined, { title: '"clc":"Z9" in a title' }),
      record('6', 'K"82', { callNumber: 'x' }),
    ])
    expect(await writeClassCounts(build)).toEqual({ I: 3, I2: 3, I21: 1, I24: 2, K: 1, T: 1, TP: 1, TP3: 1 })
    expect(JSON.parse(fs.readFileSync(path.join(build, 'classes.json'), 'utf8'))).toMatchObject({ I24: 2 })
    fs.rmSync(build, { force: true, recursive: true })
  })
})
