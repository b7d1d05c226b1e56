import { describe, expect, it, vi } from 'vitest'

import { groupByKind } from './servicePoints'

// servicePoints.ts loads content collections at build time; groupByKind works on plain lists.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }))

describe('groupByKind', () => {
  it('groups service points from the central library out to the book van, skipping empty kinds', () => {
    const points = [
      { kind: 'mobile-van', slug: 'van' },
      { kind: 'branch', slug: 'b1' },
      { kind: 'central', slug: 'central' },
      { kind: 'branch', slug: 'b2' },
    ] as const
    expect(groupByKind([...points]).map((group) => [group.kind, group.points.map((point) => point.slug)])).toEqual([
      ['central', ['central']],
      ['branch', ['b1', 'b2']],
      ['mobile-van', ['van']],
    ])
  })
})
