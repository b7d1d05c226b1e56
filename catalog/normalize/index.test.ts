import { describe, expect, it } from 'vitest'

import { normalizeRecord } from './index'
import { readMarcXmlFixture } from './testing/marcXmlFixture'

const dp2 = readMarcXmlFixture(new URL('../../tests/fixtures/marc/sample_cnmarcxml.xml', import.meta.url))
const traject = readMarcXmlFixture(new URL('../../tests/fixtures/marc/test_data.utf8.marc.xml', import.meta.url))

describe('normalizeRecord', () => {
  it('normalises every real CNMARC and MARC21 fixture record', () => {
    expect(dp2).toHaveLength(10)
    expect(traject).toHaveLength(30)
    for (const record of [...dp2, ...traject]) expect(normalizeRecord(record)).toMatchObject({ ok: true })
  })

  it('reads a record with 200 as CNMARC, so its pinyin title is kept', () => {
    const result = normalizeRecord(dp2[0]!)
    expect(result.ok && result.record.titlePinyin).toBe("'94Zhong Guo Fa Zhan Bao Gao")
  })

  it('reads a record with 245 as MARC21', () => {
    const result = normalizeRecord(traject[0]!)
    expect(result.ok && result.record.title).toBe('Fikr-i Ayāz')
  })

  it('refuses a record with neither 245 nor 200 and says where a title was looked for', () => {
    expect(normalizeRecord({ controlFields: [{ tag: '001', value: '1' }], dataFields: [], leader: '00000nam  2200000   4500' })).toEqual({
      ok: false,
      reason: 'no title (245$a / 200$a)',
    })
  })
})
