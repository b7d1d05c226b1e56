import { describe, expect, it } from 'vitest'

import { parseGenerateArgs } from './generate'

describe('parseGenerateArgs', () => {
  it('reads the count, the file and the seed', () => {
    expect(parseGenerateArgs(['--count', '750000', '--out', 'big.iso', '--seed', 'bench'])).toEqual({ count: 750_000, out: 'big.iso', seed: 'bench' })
  })

  it('names a default file after the count and seeds with 1', () => {
    expect(parseGenerateArgs(['--count', '200'])).toEqual({ count: 200, out: 'data/catalog/synthetic-200.iso', seed: '1' })
  })

  it('refuses a missing or wrong count and an unknown option, with the usage', () => {
    expect(() => parseGenerateArgs([])).toThrow(/--count.*\n.*usage/su)
    expect(() => parseGenerateArgs(['--count', '1.5'])).toThrow(/--count/u)
    expect(() => parseGenerateArgs(['--count', '0'])).toThrow(/--count/u)
    expect(() => parseGenerateArgs(['--count', '5', '--verbose'])).toThrow(/usage/u)
  })
})
