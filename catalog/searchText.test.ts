import { describe, expect, it } from 'vitest'

import { isbnForms, otherScript, pinyinForms, searchAliases, titlesOf } from './searchText'

describe('pinyinForms', () => {
  it('spells a title so that tushuguan and tu shu guan both find 图书馆', () => {
    const forms = pinyinForms('公共图书馆管理')
    expect(forms).toContain('tushuguan')
    expect(forms.at(-1)).toBe('gong gong tu shu guan guan li')
  })

  it('has nothing to say about text without Chinese', () => {
    expect(pinyinForms('Library science')).toEqual([])
  })
})

describe('otherScript', () => {
  it('gives the traditional form of simplified text and the reverse', () => {
    expect(otherScript('图书馆学概论')).toContain('圖書館學概論')
    expect(otherScript('圖書館學概論')).toContain('图书馆学概论')
  })
})

describe('isbnForms', () => {
  it('gives the ISBN-10 a 978 ISBN-13 was made from, check digit X included', () => {
    expect(isbnForms('9787020080000')).toEqual(['9787020080000', '7020080006'])
    expect(isbnForms('9780804429573')).toEqual(['9780804429573', '080442957X'])
  })

  it('gives only the ISBN-13 of a 979 ISBN, which has no ISBN-10', () => {
    expect(isbnForms('9791032300824')).toEqual(['9791032300824'])
  })
})

describe('searchAliases', () => {
  it('gathers every other way a reader may type the record', () => {
    const aliases = searchAliases({
      authors: ['张爱玲'],
      holdings: [],
      id: '1',
      isbn: ['9787020080000'],
      subjects: ['小说'],
      title: '倾城之恋',
    })
    expect(aliases).toEqual(expect.arrayContaining(['傾城之戀', '張愛玲', 'zhangailing', 'qingchengzhilian', '7020080006']))
  })
})

/** The Library of Congress record 2009373513 (traject's test data) as normalised: pinyin, with its characters in 880. */
const ciAnZhouBian = {
  authors: ['Lin, Xingzhi'],
  holdings: [],
  id: '2009373513',
  isbn: ['9789573908678'],
  otherTitles: ['China development report'],
  subjects: [],
  title: 'Ci an zhou bian',
  vernacular: { authors: ['林行止'], otherTitles: ['中国发展报告'], title: '次按驟變' },
}

describe('titlesOf', () => {
  it('lists the title, the other titles, and the same in the own script', () => {
    expect(titlesOf(ciAnZhouBian)).toEqual(['Ci an zhou bian', 'China development report', '次按驟變', '中国发展报告'])
  })
})

describe('searchAliases of a record with text in its own script', () => {
  it('finds a record catalogued in pinyin by its characters in the other script and by their pinyin', () => {
    const aliases = searchAliases(ciAnZhouBian)
    expect(aliases).toEqual(expect.arrayContaining(['次按骤变', 'cianzhoubian', 'linxingzhi', '中國發展報告', 'zhongguofazhanbaogao']))
  })
})
