import { describe, expect, it } from 'vitest'

import type { RecordWarning } from '../marc/types'
import { locationCode, notALocationCode, sumHoldings } from './holdings'

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

describe('notALocationCode', () => {
  it('takes the location codes of real exports and service-point codes', () => {
    for (const code of ['BU', 'MUG', 'BNU', 'DEPOSITORY', 'central-library', 'wangxian-branch', '总馆', '少儿借阅室', 'A1', '2F-301', 'main (stacks)']) {
      expect(notALocationCode(code), code).toBeUndefined()
    }
  })

  it('refuses what exports put in the location subfield that is no location (issue #11)', () => {
    expect(notALocationCode('000268479')).toBe('a long number')
    expect(notALocationCode('T0026847')).toBe('a long number')
    expect(notALocationCode('off,eax')).toBe('a list')
    expect(notALocationCode('总馆、分馆')).toBe('a list')
    expect(notALocationCode('?')).toBe('characters no code has')
    expect(notALocationCode('x'.repeat(41))).toBe('too long')
  })
})

describe('locationCode', () => {
  it('gives a plausible code, cleaned, and nothing for an empty subfield, without a warning', () => {
    const warnings: RecordWarning[] = []
    expect(locationCode(' MUG ', { field: '852', subfield: 'b' }, warnings)).toBe('MUG')
    expect(locationCode('  ', { field: '852', subfield: 'b' }, warnings)).toBeUndefined()
    expect(warnings).toEqual([])
  })

  it('leaves a junk value out with a warning naming the field', () => {
    const warnings: RecordWarning[] = []
    expect(locationCode('000268479', { field: '905', subfield: 'a' }, warnings)).toBeUndefined()
    expect(warnings).toEqual([
      { field: '905', message: 'location "000268479" in 905$a is not a location code (a long number): its copy is not counted at a branch' },
    ])
  })
})
