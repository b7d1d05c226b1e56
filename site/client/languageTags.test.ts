import { describe, expect, it } from 'vitest'

import { languageTag, romanisedTag } from './languageTags'

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
