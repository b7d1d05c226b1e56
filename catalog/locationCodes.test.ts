import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { importCatalog } from './importCatalog'
import { liveLocationCodes, placesByCode, unmappedLocationCodes } from './locationCodes'
import { readIso2709 } from './marc/iso2709'

const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures/marc')

describe('placesByCode', () => {
  it('gives each code the service point that lists it, then a code no point lists to the point whose slug it is', () => {
    const central = { locationCodes: ['ZG', 'SE'], slug: 'central-library' }
    const wangxian = { locationCodes: null, slug: 'wangxian-branch' }
    const claimsSlug = { locationCodes: ['wangxian-branch'], slug: 'van' }
    const byCode = placesByCode([central, wangxian, claimsSlug])
    expect(byCode.get('ZG')).toBe(central)
    expect(byCode.get('central-library')).toBe(central)
    expect(byCode.get('wangxian-branch')).toBe(claimsSlug)
    expect(byCode.get('BNU')).toBeUndefined()
  })
})

describe('the location codes of the live catalog', () => {
  it('are none before the first import, then each with its records, most first; those no service point has are listed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-codes-'))
    expect(liveLocationCodes(dir)).toEqual([])
    await importCatalog(
      ['cnmarc-dp2.utf8.mrc', 'bu_bibs.mrc'].map((name) => path.join(FIXTURES, name)),
      { dir, log: () => {}, read: (file) => readIso2709(file) },
    )
    const codes = liveLocationCodes(dir)
    expect(codes.slice(0, 2)).toEqual([
      { code: 'MUG', records: expect.any(Number) },
      { code: 'BNU', records: 9 },
    ])
    expect(codes.every(({ records }, i) => i === 0 || records <= codes[i - 1]!.records)).toBe(true)
    const unmapped = unmappedLocationCodes(dir, [{ locationCodes: ['MUG'], slug: 'central-library' }])
    expect(unmapped.map(({ code }) => code)).toEqual(codes.map(({ code }) => code).filter((code) => code !== 'MUG'))
    fs.rmSync(dir, { force: true, recursive: true })
  })
})
