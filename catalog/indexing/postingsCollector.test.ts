import { describe, expect, it } from 'vitest'

import { PostingsCollector } from './postingsCollector'

describe('collecting postings', () => {
  it('groups by term the postings of thousands of records, numbered as given, past a chunk of postings', () => {
    const collector = new PostingsCollector()
    const expected = new Map<string, number[]>()
    // Numbered as a worker's records are: every other batch of 500.
    for (let batch = 0; batch < 12; batch += 1) {
      for (let n = 0; n < 500; n += 1) {
        const number = batch * 1000 + n
        collector.startRecord(number)
        for (let k = 0; k < 200; k += 1) {
          const term = `t${(number * 7 + k * 13) % 3001}`
          const tier = k % 3
          collector.add(term, tier)
          expected.set(term, [...(expected.get(term) ?? []), number * 4 + tier])
        }
      }
    }
    const { start, values } = collector.group()
    const terms = collector.terms.terms()
    expect(terms).toEqual([...expected.keys()])
    expect(values.length).toBe(6000 * 200)
    terms.forEach((term, t) => expect([...values.subarray(start[t], start[t + 1])]).toEqual(expected.get(term)))
  })
})
