import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { writeIso2709 } from '../marc/iso2709Writer'
import { NO_TITLE, normalizeRecord } from './index'
import { marcRecordOf } from './marcSource'
import { readIso2709Fixture } from './testing/iso2709Fixture'
import { readMarcXmlFixture } from './testing/marcXmlFixture'
import { field } from './testing/records'

const fixture = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)
const dp2 = readMarcXmlFixture(fixture('sample_cnmarcxml.xml'))
const traject = readMarcXmlFixture(fixture('test_data.utf8.marc.xml'))
const pinyin880 = readMarcXmlFixture(fixture('pinyin-880.xml'))
const leader = '00000nam  2200000   4500'

describe('normalizeRecord', () => {
  it('normalises every real CNMARC and MARC21 fixture record, and the constructed ones', () => {
    const others = [...readIso2709Fixture(fixture('hebrew880s.marc')), ...readIso2709Fixture(fixture('245_no_ab.marc')), ...pinyin880]
    expect(dp2).toHaveLength(10)
    expect(traject).toHaveLength(30)
    expect(others).toHaveLength(4)
    for (const record of [...dp2, ...traject, ...others]) expect(normalizeRecord(record)).toMatchObject({ ok: true })
  })

  it('keeps each MARC record as it was read: written out again, it is the record of the export byte for byte', () => {
    const file = readFileSync(fixture('test_data.utf8.mrc'))
    const records = readIso2709Fixture(fixture('test_data.utf8.mrc'))
    expect(records).toHaveLength(30)
    let start = 0
    for (const record of records) {
      const end = file.indexOf(0x1d, start) + 1
      const result = normalizeRecord(record)
      if (!result.ok) throw new Error(result.reason)
      expect(result.record.marc?.format).toBe('marc21')
      expect(writeIso2709(marcRecordOf(result.record.marc!)).equals(file.subarray(start, end))).toBe(true)
      start = end
    }
    const cnmarc = normalizeRecord(dp2[0]!)
    expect(cnmarc.ok && cnmarc.record.marc).toMatchObject({ format: 'unimarc', leader: dp2[0]!.leader })
    expect(cnmarc.ok && marcRecordOf(cnmarc.record.marc!)).toEqual(dp2[0])
  })

  it('reads a record with 200 as CNMARC, so its pinyin title is kept', () => {
    const result = normalizeRecord(dp2[0]!)
    expect(result.ok && result.record.titlePinyin).toBe("'94Zhong Guo Fa Zhan Bao Gao")
  })

  it('reads a record with 245 as MARC21', () => {
    const result = normalizeRecord(traject[0]!)
    expect(result.ok && result.record.title).toBe('Fikr-i Ayāz')
  })

  it('identifies a record without 001 by the field the library configures', () => {
    const [, novelChart] = pinyin880
    const configured = { ...novelChart!, dataFields: [...novelChart!.dataFields, field('999', [['c', '4711']])] }
    expect(normalizeRecord(configured)).toMatchObject({ ok: true, record: { id: expect.stringMatching(/^hash-/) } })
    expect(normalizeRecord(configured, { idField: '999$c' })).toMatchObject({ ok: true, record: { id: '4711' } })
  })

  it('reads a record with neither 245 nor 200 by its other title fields: MARC21 with 008 or 246, else UNIMARC', () => {
    const marc21 = { controlFields: [{ tag: '001', value: '1' }], dataFields: [field('246', [['a', 'Critique for all seasons']], '1', '5')], leader }
    expect(normalizeRecord(marc21)).toMatchObject({ ok: true, record: { title: 'Critique for all seasons' } })
    const unimarc = { controlFields: [{ tag: '001', value: '2' }], dataFields: [field('517', [['a', '中国发展报告']], '1')], leader }
    expect(normalizeRecord(unimarc)).toMatchObject({ ok: true, record: { title: '中国发展报告' } })
  })

  it('refuses only a record with no title at all, and says so', () => {
    expect(normalizeRecord({ controlFields: [{ tag: '001', value: '1' }], dataFields: [], leader })).toEqual({ ok: false, reason: NO_TITLE })
    expect(NO_TITLE).toBe('no title at all: the record has no title field (245, 200 or another)')
  })
})
