import { describe, expect, it } from 'vitest'

import { stampTime, timeStamp } from './timeStamp'

describe('timeStamp', () => {
  it('writes a moment in UTC with no colon, to the millisecond, and reads it back', () => {
    const at = new Date('2026-12-01T21:04:53.120Z')
    expect(timeStamp(at)).toBe('2026-12-01T21-04-53-120Z')
    expect(stampTime(timeStamp(at))).toEqual(at)
  })

  it('sorts as text in the order of time', () => {
    const moments = ['2026-12-01T21:04:53.999Z', '2026-12-01T21:04:54.000Z', '2026-12-02T00:00:00.000Z', '2027-01-01T00:00:00.001Z']
    const names = moments.map((moment) => timeStamp(new Date(moment)))
    expect([...names].reverse().sort()).toEqual(names)
  })
})
