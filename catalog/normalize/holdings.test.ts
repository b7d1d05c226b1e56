import { describe, expect, it } from 'vitest'

import { sumHoldings } from './holdings'

describe('sumHoldings', () => {
  it('adds the copies of one branch and keeps the branches in the order they first appear', () => {
    expect(
      sumHoldings([
        { branch: 'central-library', copies: 2 },
        { branch: 'wangxian-branch', copies: 1 },
        { branch: 'central-library', copies: 3 },
      ]),
    ).toEqual([
      { branch: 'central-library', copies: 5 },
      { branch: 'wangxian-branch', copies: 1 },
    ])
  })
})
