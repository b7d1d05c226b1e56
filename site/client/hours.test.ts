import { describe, expect, it } from 'vitest'

import { WEEKDAYS } from '../../cms/fields/choices'
import { beijingNow, type HoursData, hoursOn, statusAt } from './hours'

const everyDay = (opens: string, closes: string) =>
  WEEKDAYS.map((day) => ({ closes, day, opens }))

const library: HoursData = {
  exceptions: [{ closed: true, end: '2026-12-08', periods: [], reason: '设备检修', start: '2026-12-07' }],
  holidayRule: 'open',
  holidays: [{ day: '2026-10-01', name: '国庆节' }],
  weekly: everyDay('09:00', '17:00'),
}

describe('statusAt', () => {
  it('is open during the day, until closing time', () => {
    expect(statusAt(library, '2026-11-25', '10:30')).toEqual({ holiday: undefined, open: true, until: '17:00' })
  })

  it('is closed before opening and says it opens at nine today', () => {
    expect(statusAt(library, '2026-11-25', '07:59')).toMatchObject({ next: { day: '2026-11-25', time: '09:00' }, open: false })
  })

  it('is closed at closing time and says it opens tomorrow', () => {
    expect(statusAt(library, '2026-11-25', '17:00')).toMatchObject({ next: { day: '2026-11-26', time: '09:00' }, open: false })
  })

  it('is open on a public holiday when the rule says so, and names the holiday', () => {
    expect(statusAt(library, '2026-10-01', '12:00')).toEqual({ holiday: '国庆节', open: true, until: '17:00' })
  })

  it('is closed on a holiday when the rule says so', () => {
    expect(statusAt({ ...library, holidayRule: 'closed' }, '2026-10-01', '12:00')).toMatchObject({ next: { day: '2026-10-02' }, open: false })
  })

  it('is closed during a dated closure, gives its reason and the first day it opens again', () => {
    expect(statusAt(library, '2026-12-07', '12:00')).toEqual({ next: { day: '2026-12-09', time: '09:00' }, open: false, reason: '设备检修' })
  })

  it('follows changed hours on an exception day', () => {
    const shortDay = { ...library, exceptions: [{ closed: false, end: '2026-12-24', periods: [{ closes: '12:00', opens: '09:00' }], reason: '平安夜', start: '2026-12-24' }] }
    expect(statusAt(shortDay, '2026-12-24', '11:00')).toMatchObject({ open: true, until: '12:00' })
    expect(statusAt(shortDay, '2026-12-24', '13:00')).toMatchObject({ next: { day: '2026-12-25' }, open: false })
  })

  it('handles a lunch break', () => {
    const split: HoursData = { ...library, weekly: [...everyDay('08:30', '12:00'), ...everyDay('14:00', '17:30')] }
    expect(statusAt(split, '2026-11-25', '12:30')).toMatchObject({ next: { day: '2026-11-25', time: '14:00' }, open: false })
  })
})

describe('hoursOn', () => {
  it('reads the weekday in Beijing, not in the machine time zone', () => {
    expect(hoursOn({ ...library, weekly: [{ closes: '17:00', day: 'wed', opens: '09:00' }] }, '2026-11-25').periods).toHaveLength(1)
  })
})

describe('beijingNow', () => {
  it('gives the day and time in Beijing', () => {
    expect(beijingNow(new Date('2026-11-25T16:30:00Z'))).toEqual({ day: '2026-11-26', time: '00:30' })
  })
})
