import { describe, expect, it } from 'vitest'

import type { CatalogRecord } from '../contract'
import { normalizeRecord } from '../normalize'
import { fixtureRecord, readMarcXmlFixture } from '../normalize/testing/marcXmlFixture'
import { bibtex, citationFacts, gbt7714, gbtName, ris } from './citation'

const fixture = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)
const dp2 = readMarcXmlFixture(fixture('sample_cnmarcxml.xml'))
const traject = readMarcXmlFixture(fixture('test_data.utf8.marc.xml'))
const normalized = (record: Parameters<typeof normalizeRecord>[0]): CatalogRecord => {
  const result = normalizeRecord(record)
  if (!result.ok) throw new Error(result.reason)
  return result.record
}
const url = 'https://library.example/catalog/record/990002180740203961/'

describe('GB/T 7714—2015', () => {
  it('cites a Chinese book: its authors (three at most), title, [M], place, publisher and year', () => {
    expect(gbt7714(citationFacts(normalized(fixtureRecord(dp2, '990002180740203961')), url))).toBe(
      "叶震, 李强, 国家统计局. '94中国发展报告[M]. 北京: 中国统计出版社, 1994.",
    )
    const many = {
      authors: ['王雨伟', '余倩浩', '王文', '李强'],
      id: 'x',
      language: 'chi',
      place: '北京',
      publisher: '法律出版社',
      title: '大众品牌',
      url,
      year: 2007,
    }
    expect(gbt7714(many)).toBe('王雨伟, 余倩浩, 王文, 等. 大众品牌[M]. 北京: 法律出版社, 2007.')
    expect(gbt7714({ ...many, edition: '2版', place: undefined, publisher: undefined })).toBe(
      '王雨伟, 余倩浩, 王文, 等. 大众品牌[M]. 2版. [出版地不详]: [出版者不详], 2007.',
    )
  })

  it('cites a book catalogued in pinyin in its own characters (880)', () => {
    expect(gbt7714(citationFacts(normalized(fixtureRecord(traject, '2009373513')), url))).toMatch(/^林行止\. 次按驟變\[M\]\. .*, 2008\.$/u)
  })

  it('writes a Western person surname first in capitals, the forenames as initials', () => {
    expect(gbtName('Hunt, Andrew, 1964-')).toBe('HUNT A')
    expect(gbtName('Thomas, David A.')).toBe('THOMAS D A')
    expect(gbtName('国家统计局')).toBe('国家统计局')
    const facts = {
      authors: ['Hunt, Andrew', 'Thomas, David', 'Cunningham, Ward', 'Beck, Kent'],
      id: 'x',
      publisher: 'Addison-Wesley',
      title: 'The pragmatic programmer',
      url,
      year: 2000,
    }
    expect(gbt7714(facts)).toBe('HUNT A, THOMAS D, CUNNINGHAM W, et al. The pragmatic programmer[M]. [S.l.]: Addison-Wesley, 2000.')
  })
})

describe('RIS and BibTeX', () => {
  const facts = citationFacts(normalized(fixtureRecord(dp2, '990002181050203961')), url)

  it('give a reference manager the book, its authors, publication and address', () => {
    expect(ris(facts).split('\r\n')).toEqual([
      'TY  - BOOK',
      'AU  - 张塞',
      "TI  - '96 中国发展报告: 中国的“八五”",
      'CY  - 北京',
      'PB  - 中国统计出版社',
      'PY  - 1996',
      'SN  - 9787503722912',
      'LA  - chi',
      `UR  - ${url}`,
      'ID  - 990002181050203961',
      'ER  - ',
      '',
    ])
    expect(bibtex(facts)).toContain("@book{990002181050203961,\n  author = {张塞},\n  title = {'96 中国发展报告: 中国的“八五”},")
  })

  it('escape what BibTeX would read as commands', () => {
    expect(bibtex({ ...facts, publisher: 'Smith & Sons {50%}', title: 'C# \\ Go_lang' })).toContain('title = {C\\# \\textbackslash{} Go\\_lang}')
    expect(bibtex({ ...facts, publisher: 'Smith & Sons {50%}' })).toContain('publisher = {Smith \\& Sons \\{50\\%\\}}')
  })
})
