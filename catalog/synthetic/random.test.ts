import { describe, expect, it } from 'vitest'

import { createRandom } from './random'

const draws = (seed: string) => {
  const random = createRandom(seed)
  return Array.from({ length: 5 }, () => random.next())
}

describe('createRandom', () => {
  it('gives the same numbers for the same seed and others for another seed', () => {
    expect(draws('liling')).toEqual(draws('liling'))
    expect(draws('liling')).not.toEqual(draws('zhuzhou'))
  })

  it('keeps integers within their bounds, both included', () => {
    const random = createRandom('bounds')
    const seen = new Set(Array.from({ length: 1000 }, () => random.int(1, 5)))
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5])
  })

  it('draws weighted and ranked items about as often as their weight says', () => {
    const random = createRandom('weights')
    const weighted = Array.from({ length: 10_000 }, () => random.weighted(['a', 'b'], (item) => (item === 'a' ? 9 : 1)))
    expect(weighted.filter((item) => item === 'a').length / 10_000).toBeCloseTo(0.9, 1)
    const ranked = Array.from({ length: 10_000 }, () => random.ranked(['first', ...Array.from({ length: 99 }, (_, i) => `n${i}`)]))
    const first = ranked.filter((item) => item === 'first').length
    const last = ranked.filter((item) => item === 'n98').length
    expect(first).toBeGreaterThan(10 * last)
  })
})
