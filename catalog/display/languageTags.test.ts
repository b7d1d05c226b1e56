import { describe, expect, it } from 'vitest'

import { languageName, languageTag, romanisedTag } from './languageTags'

describe('languageTag', () => {
  it('gives the tag of a language the catalog meets, and nothing for one it does not know', () => {
    expect(languageTag('chi')).toBe('zh-CN')
    expect(languageTag('heb')).toBe('he')
    expect(languageTag('geo')).toBeUndefined()
    expect(languageTag(undefined)).toBeUndefined()
  })
})

describe('romanisedTag', () => {
  it('marks romanised text as written in Latin letters (pinyin is zh-Latn)', () => {
    expect(romanisedTag('chi')).toBe('zh-Latn')
    expect(romanisedTag('kor')).toBe('ko-Latn')
    expect(romanisedTag('geo')).toBeUndefined()
  })
})

describe('languageName', () => {
  const own = { 'chi': '中文' }
  it('names a language by the site’s own name first, then by the browser’s, in the page’s language', () => {
    expect(languageName('chi', 'zh-CN', own)).toBe('中文')
    expect(languageName('heb', 'zh-CN', own)).toBe('希伯来语')
    expect(languageName('heb', 'en', {})).toBe('Hebrew')
    expect(languageName('ger', 'en', {})).toBe('German')
    expect(languageName('wel', 'en', {})).toBe('Welsh')
  })

  it('shows a code no one can name as it is', () => {
    expect(languageName('qqq', 'en', {})).toBe('qqq')
    expect(languageName('c1', 'en', {})).toBe('c1')
  })
})
