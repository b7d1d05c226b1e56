import { afterEach, describe, expect, it } from 'vitest'

import { daysBetween, formatDayRange, siteToday } from './dates'

describe('formatDayRange', () => {
  it('writes Chinese ranges the way Chinese is written', () => {
    expect(formatDayRange('2014-12-01', '2014-12-20', 'zh')).toBe('2014年12月1日至20日')
    expect(formatDayRange('2014-10-01', '2014-11-30', 'zh')).toBe('2014年10月1日至11月30日')
    expect(formatDayRange('2014-12-31', '2015-01-02', 'zh')).toBe('2014年12月31日至2015年1月2日')
  })

  it('writes English ranges with one year and month where they are shared', () => {
    expect(formatDayRange('2014-12-01', '2014-12-20', 'en')).toMatch(/^December 1\s–\s20, 2014$/u)
  })

  it('gives a single day for a one-day event, whichever way the day was stored', () => {
    expect(formatDayRange('2014-03-22T12:00:00.000Z', null, 'zh')).toBe('2014年3月22日')
    expect(formatDayRange('2014-03-22T12:00:00.000Z', '2014-03-22T12:00:00.000Z', 'en')).toBe('March 22, 2014')
  })
})

describe('siteToday', () => {
  afterEach(() => {
    delete process.env.SITE_TODAY
  })

  it('can be fixed for a build', () => {
    process.env.SITE_TODAY = '2014-06-01'
    expect(siteToday()).toBe('2014-06-01')
  })

  it('refuses a malformed date', () => {
    process.env.SITE_TODAY = '1 June'
    expect(() => siteToday()).toThrow(/SITE_TODAY/)
  })
})

describe('daysBetween', () => {
  it('lists every day of a range', () => {
    expect(daysBetween('2014-02-27', '2014-03-02')).toEqual(['2014-02-27', '2014-02-28', '2014-03-01', '2014-03-02'])
  })
})
