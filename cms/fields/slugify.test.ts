import { describe, expect, it } from 'vitest'

import { datedSlug, slugify } from './slugify'

describe('slugify', () => {
  it('turns Chinese into toneless pinyin instead of dropping it', () => {
    expect(slugify('醴陵市图书馆')).toBe('li-ling-shi-tu-shu-guan')
  })

  it('keeps Latin words and digits and folds accents and punctuation', () => {
    expect(slugify('  Café “Reading” 2014! ')).toBe('cafe-reading-2014')
    expect(slugify('校园健康 ABC')).toBe('xiao-yuan-jian-kang-abc')
  })

  it('never ends in a hyphen, however long the title', () => {
    const slug = slugify('读'.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('datedSlug', () => {
  it('prefixes the day so that two talks of the same name get different slugs', () => {
    expect(datedSlug('校园健康知识讲座', '2014-09-08')).toBe('2014-09-08-xiao-yuan-jian-kang-zhi-shi-jiang-zuo')
    expect(datedSlug('校园健康知识讲座', '2014-11-25')).not.toBe(datedSlug('校园健康知识讲座', '2014-09-08'))
  })

  it('leaves a slug that already starts with a day alone', () => {
    expect(datedSlug('2014-03-04-mafangtang', '2014-03-04')).toBe('2014-03-04-mafangtang')
  })
})
