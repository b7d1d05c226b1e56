import { describe, expect, it } from 'vitest'

import { weekdayName, weekRows } from './weekdays'

describe('weekRows', () => {
  const weekly = [
    { closes: '21:00', day: 'tue', opens: '14:00' },
    { closes: '12:00', day: 'tue', opens: '08:30' },
    { closes: '17:00', day: 'sun', opens: '09:00' },
  ] as const

  it('lists the week from Monday to Sunday', () => {
    expect(weekRows([...weekly], 'en').map((row) => row.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
  })

  it('puts a day’s periods in time order and leaves closed days empty', () => {
    const rows = weekRows([...weekly], 'zh')
    expect(rows[1]!.periods).toEqual([
      { closes: '12:00', opens: '08:30' },
      { closes: '21:00', opens: '14:00' },
    ])
    expect(rows[0]!.periods).toEqual([])
    expect(rows[6]!.periods).toEqual([{ closes: '17:00', opens: '09:00' }])
  })

  it('names the days in the page language', () => {
    expect(weekdayName('mon', 'zh')).toBe('星期一')
    expect(weekdayName('sun', 'zh')).toBe('星期日')
    expect(weekdayName('mon', 'en')).toBe('Monday')
    expect(weekdayName('sat', 'en')).toBe('Saturday')
  })
})
