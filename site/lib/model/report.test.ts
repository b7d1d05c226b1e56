import { describe, expect, it, vi } from 'vitest'

import { attendanceByMonth, type ReportRecords, sumFigures, vanVisitsByCategory, yearsIn, yearTotals } from './report'

// report.ts loads content collections at build time; the functions tested here only add up plain records.
vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn() }))

const records: ReportRecords = {
  activities: [
    { participants: 700, start: '2014-03-22' },
    { participants: null, start: '2014-05-12' },
    { participants: 40, start: '2015-01-10' },
  ],
  exhibitions: [
    { start: '2014-03-29', visitors: 1100, visitorsQualifier: 'over' },
    { start: '2014-08-24', visitors: 800 },
    { start: '2014-09-01', visitors: null },
  ],
  lectures: [
    { attendance: 50, start: '2014-01-23' },
    { attendance: 200, start: '2014-02-10' },
    { attendance: 1200, start: '2014-12-01' },
    { attendance: 30, start: '2013-12-30' },
  ],
  vanVisits: [
    { books: 80, category: 'community', date: '2014-03-04', readers: 330 },
    { books: 380, category: 'school', date: '2014-03-04', readers: 490 },
    { books: 150, category: 'school', date: '2014-03-11', readers: null },
    { books: 99, category: 'army', date: '2015-02-01', readers: 99 },
  ],
}

describe('yearTotals', () => {
  const totals = yearTotals(records, 2014)

  it('counts only the events that start in the year', () => {
    expect(totals.lectures).toEqual({ attendance: 1450, count: 3 })
    expect(totals.activities.count).toBe(2)
    expect(totals.vanVisits.count).toBe(3)
    expect(totals.exhibitions.count).toBe(3)
  })

  it('adds up books, readers and participants, treating a missing figure as nothing to add', () => {
    expect(totals.vanVisits).toEqual({ books: 610, count: 3, readers: 820 })
    expect(totals.activities.participants).toBe(700)
  })

  it('keeps "more than" on exhibition visitors when one exhibition gave a lower bound', () => {
    expect(totals.exhibitions.visitors).toEqual({ qualifier: 'over', value: 1900 })
  })

  it('is all zeros for a year without events', () => {
    const empty = yearTotals(records, 2020)
    expect(empty.lectures).toEqual({ attendance: 0, count: 0 })
    expect(empty.exhibitions.visitors).toEqual({ qualifier: 'exact', value: 0 })
    expect(empty.attendanceByMonth.every((month) => month.value === 0)).toBe(true)
  })
})

describe('sumFigures', () => {
  it('is exact when every part is exact', () => {
    expect(sumFigures([{ qualifier: 'exact', value: 2 }, { qualifier: null, value: 3 }])).toEqual({ qualifier: 'exact', value: 5 })
  })

  it('is approximate as soon as one part is approximate, even next to a lower bound', () => {
    expect(sumFigures([{ qualifier: 'over', value: 100 }, { qualifier: 'about', value: 50 }])).toEqual({ qualifier: 'about', value: 150 })
  })
})

describe('attendanceByMonth', () => {
  it('lists the twelve months of the year in order, with zero for months without lectures', () => {
    const months = attendanceByMonth(records.lectures, 2014)
    expect(months.map((month) => month.month)).toEqual([
      '2014-01', '2014-02', '2014-03', '2014-04', '2014-05', '2014-06',
      '2014-07', '2014-08', '2014-09', '2014-10', '2014-11', '2014-12',
    ])
    expect(months.map((month) => month.value)).toEqual([50, 200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1200])
  })

  it('counts a lecture held over several days in the month it starts', () => {
    const months = attendanceByMonth([{ attendance: 60, start: '2014-09-28' }], 2014)
    expect(months.find((month) => month.month === '2014-09')?.value).toBe(60)
    expect(months.find((month) => month.month === '2014-10')?.value).toBe(0)
  })
})

describe('vanVisitsByCategory', () => {
  it('counts visits per category, most first, and keeps every category even without visits', () => {
    const byCategory = vanVisitsByCategory(records.vanVisits.slice(0, 3))
    expect(byCategory.slice(0, 2)).toEqual([
      { category: 'school', count: 2 },
      { category: 'community', count: 1 },
    ])
    expect(byCategory).toHaveLength(8)
    expect(byCategory.slice(2).every((entry) => entry.count === 0)).toBe(true)
  })
})

describe('yearsIn', () => {
  it('gives every year with an event or a statistics row once, newest first', () => {
    expect(yearsIn(records, [2014, 2012])).toEqual([2015, 2014, 2013, 2012])
  })
})
