import { describe, expect, it } from 'vitest'

import type { MarcRecord } from '../marc/types'
import { NO_CNMARC_TITLE, normalizeCnmarc } from './cnmarc'
import { fixtureRecord, readMarcXmlFixture } from './testing/marcXmlFixture'
import { expectNormalized, field, withFields } from './testing/records'

/** Ten CNMARC records of Beijing Normal University, from dp2's SRU samples (DigitalPlatform/dp2, Apache-2.0). */
const dp2 = readMarcXmlFixture(new URL('../../tests/fixtures/marc/sample_cnmarcxml.xml', import.meta.url))

const normalized = expectNormalized(normalizeCnmarc)

const chinaReport94 = fixtureRecord(dp2, '990002180740203961')

/** The record and the warnings of normalising it, failing the test when it is refused. */
function normalizedWithWarnings(record: MarcRecord) {
  const result = normalizeCnmarc(record)
  if (!result.ok) throw new Error(result.reason)
  return result
}

describe('normalizeCnmarc', () => {
  it('reads a whole CNMARC record of a Chinese book', () => {
    expect(normalized(chinaReport94)).toEqual({
      authors: ['叶震', '李强', '国家统计局'],
      callNumber: 'F124/26',
      clc: 'F124',
      clcClass: 'F',
      description: {
        isbnTerms: [{ isbn: '9787503717444', price: 'CNY68.00' }],
        notes: ['本书由叶震与李强等主编。', '有书目。'],
        physical: '320页 : 图 ; 27cm',
        place: '北京',
        responsibility: '国家统计局编',
      },
      holdings: [{ branch: 'BNU', copies: 1 }],
      id: '990002180740203961',
      isbn: ['9787503717444'],
      items: [{ branch: 'BNU' }],
      language: 'chi',
      otherTitles: ['中国发展报告'],
      publisher: '中国统计出版社',
      subjects: ['经济发展--概况--中国--1994'],
      title: "'94中国发展报告",
      titlePinyin: "'94Zhong Guo Fa Zhan Bao Gao",
      year: 1994,
    })
  })

  it('takes the series of 225 and of the title embedded in 410, each once', () => {
    expect(normalized(fixtureRecord(dp2, '990004545720203961')).series).toEqual(['中国发展报告书'])
    const linked = withFields(chinaReport94, [], [field('410', [['1', '2001 '], ['a', '国情丛书'], ['1', '210  '], ['a', '北京']], ' ', '0')])
    expect(normalized(linked).series).toEqual(['国情丛书'])
    expect(normalized(chinaReport94).series).toBeUndefined()
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

  it('lists each copy of a 905 with its accession number, its place in the branch, and its shelf mark when it is not the call number', () => {
    const record = withFields(
      chinaReport94,
      ['905'],
      [
        field('905', [['a', 'central-library'], ['b', 'LL00000001'], ['b', 'LL00000002'], ['c', '少儿借阅室'], ['d', 'I247.5'], ['e', '123']]),
        field('905', [['a', 'wangxian-branch'], ['d', 'I247.5'], ['e', '123:2']]),
      ],
    )
    expect(normalized(record)).toMatchObject({
      callNumber: 'I247.5/123',
      items: [
        { barcode: 'LL00000001', branch: 'central-library', location: '少儿借阅室' },
        { barcode: 'LL00000002', branch: 'central-library', location: '少儿借阅室' },
        { branch: 'wangxian-branch', shelfMark: 'I247.5/123:2' },
      ],
    })
    expect(normalized(fixtureRecord(dp2, '990004545720203961')).items).toEqual([{ branch: 'BNU', location: 'bk' }])
  })

  it('makes the call number of 905$d and $e, or of $d alone', () => {
    expect(normalized(fixtureRecord(dp2, '990004545720203961')).callNumber).toBe('D668/bnu4')
    const record = withFields(chinaReport94, ['905'], [field('905', [['a', 'BNU'], ['d', 'F124']])])
    expect(normalized(record).callNumber).toBe('F124')
  })

  it('has no holdings and no call number when the record has no 905 (an e-book)', () => {
    const record = normalized(fixtureRecord(dp2, '9910637057203961'))
    expect(record.holdings).toEqual([])
    expect(record).not.toHaveProperty('items')
    expect(record).not.toHaveProperty('callNumber')
  })

  it('reads the year out of 210$d "2009.5", else out of 100$a', () => {
    expect(normalized(withFields(chinaReport94, ['210'], [field('210', [['c', '湖南文艺出版社'], ['d', '2009.5']])])).year).toBe(2009)
    expect(normalized(withFields(chinaReport94, ['210'], [field('210', [['c', '中国统计出版社']])])).year).toBe(1994)
  })

  it('gives the same ISBN-13 for the same book catalogued twice (records for the 1997 report)', () => {
    expect(normalized(fixtureRecord(dp2, '9910637057203961')).isbn).toEqual(normalized(fixtureRecord(dp2, '990001379280203961')).isbn)
  })

  it('takes the title from the other titles, else from the pinyin, when 200 has no $a, and says so', () => {
    const noTitleProper = withFields(chinaReport94, ['200'], [field('200', [['A', 'Zhong Guo Fa Zhan Bao Gao'], ['f', '国家统计局编']], '1')])
    expect(normalizedWithWarnings(noTitleProper)).toMatchObject({
      record: { title: '中国发展报告', titlePinyin: 'Zhong Guo Fa Zhan Bao Gao' },
      warnings: [{ field: '200', message: '200 holds no title proper ($a): the title is taken from the other titles' }],
    })
    const pinyinOnly = withFields(chinaReport94, ['200', '500'], [field('200', [['A', 'Zhong Guo Fa Zhan Bao Gao']], '1')])
    const { record, warnings } = normalizedWithWarnings(pinyinOnly)
    expect(record.title).toBe('Zhong Guo Fa Zhan Bao Gao')
    expect(record).not.toHaveProperty('titlePinyin')
    expect(warnings).toEqual([{ field: '200', message: '200 holds no title proper ($a): the title is taken from its pinyin ($A)' }])
  })

  it('refuses only a record with no title at all, and says so', () => {
    const record = withFields(chinaReport94, ['200', '500'], [field('200', [['f', '国家统计局编']], '1')])
    expect(normalizeCnmarc(record)).toEqual({ ok: false, reason: NO_CNMARC_TITLE })
    expect(NO_CNMARC_TITLE).toBe('no title at all: 200 (title or pinyin) and 500, 510, 512, 513, 514, 515, 516, 517, 540, 541 hold none')
  })

  it('identifies a record without 001 by its system control number (035$a), with a warning', () => {
    expect(normalizedWithWarnings({ ...chinaReport94, controlFields: [] })).toMatchObject({
      record: { id: '(aleph)000218074BNU03' },
      warnings: [{ field: '001', message: 'no record identifier in 001: identified by its system control number (035$a): (aleph)000218074BNU03' }],
    })
  })

  it('identifies a record with no identifier at all by a hash of its content, the same in every export', () => {
    const bare = withFields({ ...chinaReport94, controlFields: [] }, ['035'], [])
    expect(normalized(bare).id).toMatch(/^hash-[0-9a-f]{16}$/)
    expect(normalized(withFields(bare, ['905'], [])).id).toBe(normalized(bare).id)
  })
})

describe('normalizeCnmarc: other titles', () => {
  it('takes uniform (500) and parallel titles (510) of real records, each once', () => {
    expect(normalized(fixtureRecord(dp2, '990001379280203961')).otherTitles).toEqual(['中国发展报告', 'China Development Report'])
    expect(normalized(fixtureRecord(dp2, '990001379150203961')).otherTitles).toEqual(['China development report 1998', '中国发展报告'])
  })

  it('takes the parallel titles of 200$d with the other title information that follows them', () => {
    const record = withFields(chinaReport94, ['200'], [
      field('200', [['a', '中国发展报告'], ['e', '经济篇'], ['d', '= China development report'], ['e', 'economy'], ['z', 'eng'], ['f', '国家统计局编']], '1'),
    ])
    expect(normalized(record)).toMatchObject({ otherTitles: ['China development report : economy', '中国发展报告'], title: '中国发展报告 : 经济篇' })
  })

  it('leaves out an empty 517 with a warning, and keeps the record', () => {
    const { record, warnings } = normalizedWithWarnings(withFields(chinaReport94, [], [field('517', [['a', ' ']], '1')]))
    expect(record.otherTitles).toEqual(['中国发展报告'])
    expect(warnings).toEqual([{ field: '517', message: '517 holds no title: left out' }])
  })
})

describe('normalizeCnmarc: values left out or repaired, with a warning', () => {
  it('keeps a record whose price is no price (dp2 record 990001379280203961: "CNY赠90.00")', () => {
    const record = fixtureRecord(dp2, '990001379280203961')
    expect(record.dataFields.find((f) => f.tag === '010')?.subfields).toContainEqual({ code: 'd', value: 'CNY赠90.00' })
    expect(normalizedWithWarnings(record)).toMatchObject({ record: { isbn: ['9787503726231'] }, warnings: [] })
  })

  it('leaves out an ISBN with a wrong check digit, says so, and keeps the record', () => {
    const record = withFields(chinaReport94, ['010'], [field('010', [['a', '7-5037-1744-1'], ['d', 'CNY68.00']])])
    expect(normalizedWithWarnings(record)).toMatchObject({
      record: { id: '990002180740203961', isbn: [] },
      warnings: [{ field: '010', message: '"7-5037-1744-1" in 010$a is no valid ISBN: left out' }],
    })
  })

  it('does not count copies at a location that is an accession number, and says so', () => {
    const record = withFields(chinaReport94, ['905'], [field('905', [['a', '000268479'], ['d', 'F124']]), field('905', [['a', 'BNU'], ['d', 'F124']])])
    const { record: normalisedRecord, warnings } = normalizedWithWarnings(record)
    expect(normalisedRecord.holdings).toEqual([{ branch: 'BNU', copies: 1 }])
    expect(warnings).toEqual([{ field: '905', message: 'location "000268479" in 905$a is not a location code (a long number): its copy is not counted at a branch' }])
  })

  it('reads the language of 101 as an ISO 639-2 code, and leaves out one that is none', () => {
    expect(normalizedWithWarnings(withFields(chinaReport94, ['101'], [field('101', [['a', 'chi.']], '0')]))).toMatchObject({
      record: { language: 'chi' },
      warnings: [{ field: '101', message: 'language "chi." read as "chi"' }],
    })
    expect(normalized(withFields(chinaReport94, ['101'], [field('101', [['a', '中文']], '0')])).language).toBe('chi')
    const { record, warnings } = normalizedWithWarnings(withFields(chinaReport94, ['101'], [field('101', [['a', 'xx']], '0')]))
    expect(record).not.toHaveProperty('language')
    expect(warnings).toEqual([{ field: '101', message: 'language "xx" is no ISO 639-2 code: left out' }])
  })
})
