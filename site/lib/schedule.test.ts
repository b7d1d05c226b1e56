import { describe, expect, it } from 'vitest'

import { countBy, splitSchedule, sumOf } from './schedule'

const rows = [
  { end: '2014-02-13', id: 'b', start: '2014-02-10', people: 200 },
  { end: '2014-01-23', id: 'a', start: '2014-01-23', people: 50 },
  { end: '2014-12-20', id: 'd', start: '2014-12-01', people: null },
  { end: '2014-03-23', id: 'c', start: '2014-03-23', people: 40 },
]

describe('splitSchedule', () => {
  it('puts what is still on first, soonest first, and what is over after it, latest first', () => {
    const { past, upcoming } = splitSchedule(rows, '2014-02-12')
    expect(upcoming.map((row) => row.id)).toEqual(['b', 'c', 'd'])
    expect(past.map((row) => row.id)).toEqual(['a'])
  })

  it('counts a row as upcoming until its last day is over', () => {
    expect(splitSchedule(rows, '2014-02-13').upcoming[0]?.id).toBe('b')
    expect(splitSchedule(rows, '2014-02-14').past[0]?.id).toBe('b')
  })
})

describe('sumOf', () => {
  it('adds up a figure and skips rows without it', () => {
    expect(sumOf(rows, (row) => row.people)).toBe(290)
    expect(sumOf([], () => 1)).toBe(0)
  })
})

describe('countBy', () => {
  it('counts rows per key in the given order and leaves out empty keys', () => {
    const visits = [{ category: 'school' }, { category: 'community' }, { category: 'school' }] as const
    expect(countBy(visits, (visit) => visit.category, ['community', 'school', 'army'])).toEqual([
      { count: 1, key: 'community' },
      { count: 2, key: 'school' },
    ])
  })
})
