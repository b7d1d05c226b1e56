import { describe, expect, it } from 'vitest'

import { pinyinOf } from './pinyin'

describe('pinyinOf', () => {
  it('writes a title as CNMARC 200$A does, syllables capitalised', () => {
    expect(pinyinOf('中国发展报告')).toBe('Zhong Guo Fa Zhan Bao Gao')
  })

  it('keeps Latin words and leaves Chinese punctuation out', () => {
    expect(pinyinOf('精通Python：实战')).toBe('Jing Tong Python Shi Zhan')
  })

  it('reads family names as family names', () => {
    expect(pinyinOf('曾强', { name: true })).toBe('Zeng Qiang')
    expect(pinyinOf('单伟', { name: true })).toBe('Shan Wei')
  })
})
