import { describe, expect, it } from 'vitest'

import { TermTable } from './termTable'

describe('the term table', () => {
  it('numbers each term once, in the order first seen, and gives every term back as it was', () => {
    const table = new TermTable()
    const long = '圖書館'.repeat(3000)
    const odd = ['', 'a', 'A', 'ab', 'ba', '中国', '中國', '𠀀𠀁', 'clc:i247.5', '=war and peace', long]
    const words = Array.from({ length: 50_000 }, (_, n) => `w${(n * 7919) % 20_000}`)
    const expected = new Map<string, number>()
    for (const term of [...odd, ...words, ...odd]) {
      if (!expected.has(term)) expected.set(term, expected.size)
      expect(table.numberOf(term)).toBe(expected.get(term))
    }
    expect(table.size).toBe(expected.size)
    expect(table.terms()).toEqual([...expected.keys()])
    expect(table.term(expected.get(long)!)).toBe(long)
  })
})
