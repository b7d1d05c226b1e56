import { describe, expect, it, vi } from 'vitest'

import { calendarPath, filterEvents, groupByMonth, monthsByYear } from './eventCalendar'
import type { SiteEvent } from './model/events'

// The model module reads content collections, which exist only inside an Astro build.
vi.mock('astro:content', () => ({ getCollection: async () => [] }))

const event = (kind: SiteEvent['kind'], slug: string, start: string, end = start): SiteEvent => ({
  end,
  facts: [],
  kind,
  path: `/events/x/${slug}/`,
  slug,
  start,
  title: { fallback: false, lang: 'zh-CN', value: slug },
  updatedAt: '2024-01-01T00:00:00.000Z',
})

const events = [
  event('lecture', 'winter-talk', '2013-12-28'),
  event('exhibition', 'paintings', '2014-03-29', '2014-04-06'),
  event('lecture', 'spring-talk', '2014-04-12'),
  event('van-visit', 'school', '2014-04-20'),
]

describe('calendarPath', () => {
  it('gives each filter its own page', () => {
    expect(calendarPath({})).toBe('/events/')
    expect(calendarPath({ kind: 'lecture' })).toBe('/events/lectures/')
    expect(calendarPath({ month: '2014-03' })).toBe('/events/month/2014-03/')
    expect(calendarPath({ kind: 'reading-activity', month: '2014-03' })).toBe('/events/reading-activities/month/2014-03/')
  })
})

describe('filterEvents', () => {
  it('keeps one kind, one month, or both', () => {
    const slugs = (list: SiteEvent[]) => list.map((item) => item.slug)
    expect(slugs(filterEvents(events, {}))).toEqual(slugs(events))
    expect(slugs(filterEvents(events, { kind: 'lecture' }))).toEqual(['winter-talk', 'spring-talk'])
    expect(slugs(filterEvents(events, { month: '2014-04' }))).toEqual(['paintings', 'spring-talk', 'school'])
    expect(slugs(filterEvents(events, { kind: 'lecture', month: '2014-03' }))).toEqual([])
  })

  it('finds an event that spans two months under both', () => {
    expect(filterEvents(events, { month: '2014-03' }).map((item) => item.slug)).toEqual(['paintings'])
    expect(filterEvents(events, { month: '2014-04' }).map((item) => item.slug)).toContain('paintings')
  })
})

describe('monthsByYear', () => {
  it('lists the months that have events, newest first, by year', () => {
    expect(monthsByYear(events)).toEqual([
      { months: ['2014-04', '2014-03'], year: '2014' },
      { months: ['2013-12'], year: '2013' },
    ])
  })
})

describe('groupByMonth', () => {
  it('puts each event under the month it starts in, keeping the given order', () => {
    const groups = groupByMonth([...events].reverse())
    expect(groups.map((group) => [group.month, group.events.map((item) => item.slug)])).toEqual([
      ['2014-04', ['school', 'spring-talk']],
      ['2014-03', ['paintings']],
      ['2013-12', ['winter-talk']],
    ])
  })

  it('puts everything under the month the calendar is showing', () => {
    expect(groupByMonth(filterEvents(events, { month: '2014-04' }), '2014-04')).toHaveLength(1)
  })
})
