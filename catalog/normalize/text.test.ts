import { describe, expect, it } from 'vitest'

import { readIso2709Fixture } from './testing/iso2709Fixture'
import { readMarcXmlFixture } from './testing/marcXmlFixture'
import { clean, stripIsbdPunctuation, trimSeparators, yearFrom } from './text'

const fixture = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)

describe('clean', () => {
  it('trims and collapses whitespace, full-width spaces too, and keeps Chinese punctuation', () => {
    expect(clean('  中国发展报告：\u3000经济  篇， ')).toBe('中国发展报告： 经济 篇，')
  })

  it('writes a letter and its combining mark as one character, as a reader types it', () => {
    expect(clean('Kazakhsko\u0069\u0306')).toBe('Kazakhsko\u012d')
  })

  it('drops the direction marks around Arabic-script text (traject record 00313831, 880 of 260)', () => {
    expect(clean('\u200fتهران :')).toBe('تهران :')
    expect(clean('\u200f\u202a2000\u202c.')).toBe('2000.')
  })

  it('cleans every value of the real fixtures as the whole cleaning does, though it leaves settled text alone', () => {
    const cleanedInFull = (value: string) => value.normalize('NFC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim()
    const records = [
      ...readMarcXmlFixture(fixture('test_data.utf8.marc.xml')),
      ...readMarcXmlFixture(fixture('sample_cnmarcxml.xml')),
      ...readIso2709Fixture(fixture('hebrew880s.marc')),
      ...readIso2709Fixture(fixture('bu_bibs.mrc')),
    ]
    const values = records.flatMap((record) => [...record.controlFields.map((f) => f.value), ...record.dataFields.flatMap((f) => f.subfields.map((s) => s.value))])
    expect(values.length).toBeGreaterThan(5000)
    const edges = ['か\u3099', 'A\u030a', '\uf900', 'a  b', ' a', 'a ', 'a\u00a0b', '\u212b', 'Ａ\u3000Ｂ', '한국어', 'ｶﾞ', 'x\u200e']
    for (const value of [...values, ...edges]) expect(clean(value)).toBe(cleanedInFull(value))
  })
})

describe('stripIsbdPunctuation', () => {
  it('removes the mark that announces the next subfield (values from traject test records)', () => {
    expect(stripIsbdPunctuation('Fikr-i Ayāz /')).toBe('Fikr-i Ayāz')
    expect(stripIsbdPunctuation('Naqdī barā-yi tamām-i fuṣūl :')).toBe('Naqdī barā-yi tamām-i fuṣūl')
    expect(stripIsbdPunctuation('Śāradā-Gaurava-Grantha-Mālā ;')).toBe('Śāradā-Gaurava-Grantha-Mālā')
    expect(stripIsbdPunctuation('Ayaz, Shaikh,')).toBe('Ayaz, Shaikh')
  })

  it('removes a closing full stop after a word but keeps one after an initial', () => {
    expect(stripIsbdPunctuation('Jewish law.')).toBe('Jewish law')
    expect(stripIsbdPunctuation('Chalāriśeṣācārya.')).toBe('Chalāriśeṣācārya')
    expect(stripIsbdPunctuation('Mazur, I︠U︡. N.')).toBe('Mazur, I︠U︡. N.')
    expect(stripIsbdPunctuation('Hildebrandt, Gregory G.')).toBe('Hildebrandt, Gregory G.')
  })

  it('keeps brackets that pair and drops one left without its pair', () => {
    expect(stripIsbdPunctuation('[Bituaḥ u-viṭaḥon sotsyali].')).toBe('[Bituaḥ u-viṭaḥon sotsyali]')
    expect(stripIsbdPunctuation('ḥ. mo. l. ],')).toBe('ḥ. mo. l.')
    expect(stripIsbdPunctuation('[Lha-sa :')).toBe('Lha-sa')
  })

  it('removes the full-width marks of CJK 880 fields (traject record 92117465)', () => {
    expect(stripIsbdPunctuation('北韓\u3000法令集\u3000／')).toBe('北韓 法令集')
    expect(stripIsbdPunctuation('崔\u3000逹坤．')).toBe('崔 逹坤')
    expect(stripIsbdPunctuation('鄭\u3000慶謨，')).toBe('鄭 慶謨')
  })

  it('removes the Arabic comma that ends a subfield in Arabic script (traject record 00313831)', () => {
    expect(stripIsbdPunctuation('طرح نو،')).toBe('طرح نو')
  })
})

describe('trimSeparators', () => {
  it('drops ASCII separators at the ends but keeps full-width Chinese ones', () => {
    expect(trimSeparators(', 1465-1927, facsimiles')).toBe('1465-1927, facsimiles')
    expect(trimSeparators('长沙：')).toBe('长沙：')
  })
})

describe('yearFrom', () => {
  it('takes the year out of the ways catalogers write dates', () => {
    expect(yearFrom('2009')).toBe(2009)
    expect(yearFrom('2009.5')).toBe(2009)
    expect(yearFrom('[1998]')).toBe(1998)
    expect(yearFrom('c1984.')).toBe(1984)
    expect(yearFrom('1990 (1992 printing)')).toBe(1990)
  })

  it('finds no year in a date without one, nor in a longer number', () => {
    expect(yearFrom('民国二十年')).toBeUndefined()
    expect(yearFrom('uuuu')).toBeUndefined()
    expect(yearFrom('20020204')).toBeUndefined()
    expect(yearFrom(undefined)).toBeUndefined()
  })
})
