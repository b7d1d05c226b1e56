import { describe, expect, it } from 'vitest'

import { TIER_WEIGHTS } from '../search/format'
import { termPairs } from './termPairs'

describe('term pairs', () => {
  it('gives every pair of terms some record has both of, with those records in order and their scores, one pair at a time', () => {
    const records = 3000
    // Term t is in record r when (r + t) % (t + 2) is 0 or r % 7 === t, with tier (r + t) % 3.
    const terms = 9
    const postings = Array.from({ length: terms }, (_, t) => {
      const values: number[] = []
      for (let r = 0; r < records; r += 1) if ((r + t) % (t + 2) === 0 || r % 7 === t) values.push(r * 4 + ((r + t) % 3))
      return Uint32Array.from(values)
    })
    const paired = [0, 2, 3, 5, 8]
    const expected = new Map<string, number[]>()
    paired.forEach((a, i) =>
      paired.slice(i + 1).forEach((b) => {
        const tierOfB = new Map(Array.from(postings[b]!, (value) => [value >>> 2, value & 3]))
        const both = Array.from(postings[a]!)
          .filter((value) => tierOfB.has(value >>> 2))
          .map((value) => (value >>> 2) * 16 + TIER_WEIGHTS[value & 3]! + TIER_WEIGHTS[tierOfB.get(value >>> 2)!]!)
        if (both.length > 0) expected.set(`${a} ${b}`, both)
      }),
    )
    const found = new Map<string, number[]>()
    // Copied as each comes: a pair's values are the generator's to reuse.
    for (const pair of termPairs(paired, (term) => postings[term]!, records)) found.set(`${pair.first} ${pair.second}`, Array.from(pair.values))
    expect([...found.keys()]).toEqual([...expected.keys()])
    expect(found).toEqual(expected)
  })
})
