import { describe, expect, it } from 'vitest'

import type { DataField, MarcRecord } from '../marc/types'
import { normalizeCnmarc } from './cnmarc'
import { fixtureRecord, readMarcXmlFixture } from './testing/marcXmlFixture'
import { expectNormalized, field, withFields } from './testing/records'

/** Ten CNMARC records of Beijing Normal University, from dp2's SRU samples (DigitalPlatform/dp2, Apache-2.0). */
const dp2 = readMarcXmlFixture(new URL('../../tests/fixtures/marc/sample_cnmarcxml.xml', import.meta.url))

const normalized = expectNormalized(normalizeCnmarc)

const chinaReport94 = fixtureRecord(dp2, '990002180740203961')

describe('normalizeCnmarc', () => {
  it('reads a whole CNMARC record of a Chinese book', () => {
    expect(normalized(chinaReport94)).toEqual({
      authors: ['叶震', '李强', '国家统计局'],
      callNumber: 'F124/26',
      clc: 'F124',
      clcClass: 'F',
      holdings: [{ branch: 'BNU', copies: 1 }],
      id: '990002180740203961',
      isbn: ['9787503717444'],
      language: 'chi',
      publisher: '中国统计出版社',
      subjects: ['经济发展--概况--中国--1994'],
      title: "'94中国发展报告",
      titlePinyin: "'94Zhong Guo Fa Zhan Bao Gao",
      year: 1994,
    })
  })

  it('adds other title information from 200$e and keeps Chinese quotation marks', () => {
    const record = normalized(fixtureRecord(dp2, '990002181050203961'))
    expect(record.title).toBe("'96 中国发展报告 : 中国的“八五”")
    expect(record.titlePinyin).toBe("'96 Zhong Guo Fa Zhan Bao Gao")
  })

  it('adds the number and name of a part from 200$h and $i', () => {
    const record = withFields(chinaReport94, ['200'], [field('200', [['a', '中国发展报告'], ['h', '第2卷'], ['i', '社会篇']], '1')])
    expect(normalized(record).title).toBe('中国发展报告. 第2卷, 社会篇')
  })

  it('lists every subject heading with its subdivisions, leaving the pinyin in $A out', () => {
    expect(normalized(fixtureRecord(dp2, '990004545720203961')).subjects).toEqual([
      '社会发展--概况--中国',
      '社会发展--预测--中国',
      '经济发展趋势--中国',
    ])
  })

  it('takes the names of 7XX rather than the statement of responsibility in 200$f', () => {
    const record = normalized(fixtureRecord(dp2, '990004545720203961'))
    expect(record.authors).toEqual(['季野', '张西明', '曲克敏'])
  })

  it('falls back on 200$f and $g when a record has no 7XX', () => {
    const record = withFields(
      chinaReport94,
      ['200', '701', '711'],
      [field('200', [['a', '中国发展报告'], ['f', '国家统计局编'], ['g', '叶震, 李强主编']], '1')],
    )
    expect(normalized(record).authors).toEqual(['国家统计局编', '叶震, 李强主编'])
  })

  it('writes a UNIMARC personal name with the rest of the name from $b', () => {
    const record = withFields(chinaReport94, ['701', '711'], [field('700', [['a', 'Claudin'], ['b', 'Anatole']], ' ', '1')])
    expect(normalized(record).authors).toEqual(['Claudin, Anatole'])
  })

  it('counts one copy for a 905 without accession numbers, and one per $b otherwise', () => {
    expect(normalized(chinaReport94).holdings).toEqual([{ branch: 'BNU', copies: 1 }])
    const record = withFields(
      chinaReport94,
      ['905'],
      [
        field('905', [['a', 'central-library'], ['b', 'LL00000001'], ['b', 'LL00000002'], ['d', 'I247.5'], ['e', '123']]),
        field('905', [['a', 'wangxian-branch'], ['b', 'LL00000003'], ['d', 'I247.5'], ['e', '123']]),
        field('905', [['a', 'central-library'], ['b', 'LL00000004'], ['d', 'I247.5'], ['e', '123']]),
      ],
    )
    expect(normalized(record).holdings).toEqual([
      { branch: 'central-library', copies: 3 },
      { branch: 'wangxian-branch', copies: 1 },
    ])
  })

  it('makes the call number of 905$d and $e, or of $d alone', () => {
    expect(normalized(fixtureRecord(dp2, '990004545720203961')).callNumber).toBe('D668/bnu4')
    const record = withFields(chinaReport94, ['905'], [field('905', [['a', 'BNU'], ['d', 'F124']])])
    expect(normalized(record).callNumber).toBe('F124')
  })

  it('has no holdings and no call number when the record has no 905 (an e-book)', () => {
    const record = normalized(fixtureRecord(dp2, '9910637057203961'))
    expect(record.holdings).toEqual([])
    expect(record).not.toHaveProperty('callNumber')
  })

  it('reads the year out of 210$d "2009.5", else out of 100$a', () => {
    expect(normalized(withFields(chinaReport94, ['210'], [field('210', [['c', '湖南文艺出版社'], ['d', '2009.5']])])).year).toBe(2009)
    expect(normalized(withFields(chinaReport94, ['210'], [field('210', [['c', '中国统计出版社']])])).year).toBe(1994)
  })

  it('drops an ISBN with a wrong check digit and keeps the record', () => {
    const record = withFields(chinaReport94, ['010'], [field('010', [['a', '7-5037-1744-1'], ['d', 'CNY68.00']])])
    expect(normalized(record)).toMatchObject({ id: '990002180740203961', isbn: [] })
  })

  it('gives the same ISBN-13 for the same book catalogued twice (records for the 1997 report)', () => {
    expect(normalized(fixtureRecord(dp2, '9910637057203961')).isbn).toEqual(normalized(fixtureRecord(dp2, '990001379280203961')).isbn)
  })

  it('refuses a record without a title', () => {
    const record = withFields(chinaReport94, ['200'], [field('200', [['A', 'Zhong Guo'], ['f', '国家统计局编']], '1')])
    expect(normalizeCnmarc(record)).toEqual({ ok: false, reason: 'no title (245$a / 200$a)' })
  })

  it('refuses a record without an identifier', () => {
    expect(normalizeCnmarc({ ...chinaReport94, controlFields: [] })).toEqual({ ok: false, reason: 'no record identifier (001)' })
  })
})
