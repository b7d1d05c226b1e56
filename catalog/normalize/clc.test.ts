import { describe, expect, it } from 'vitest'

import { clcClass, clcLevels } from './clc'

describe('clcClass', () => {
  it('gives the first letter of a CLC number', () => {
    expect(clcClass('I247.5')).toBe('I')
    expect(clcClass('F124')).toBe('F')
    expect(clcClass('K825.6=76')).toBe('K')
  })

  it('puts the two-letter subclasses of industrial technology under T', () => {
    expect(clcClass('TP312')).toBe('T')
    expect(clcClass('TN929.53')).toBe('T')
  })

  it('reads a number written in lower case or with spaces', () => {
    expect(clcClass(' g624.2 ')).toBe('G')
  })

  it('gives nothing for letters the classification does not use or for other schemes', () => {
    expect(clcClass('L123')).toBeUndefined()
    expect(clcClass('W1')).toBeUndefined()
    expect(clcClass('28.24')).toBeUndefined()
    expect(clcClass('')).toBeUndefined()
    expect(clcClass(undefined)).toBeUndefined()
  })
})

describe('clcLevels', () => {
  it('gives the classes of a number from the top, three levels down', () => {
    expect(clcLevels('I247.5')).toEqual(['I', 'I2', 'I24'])
    expect(clcLevels('TP312.8')).toEqual(['T', 'TP', 'TP3'])
    expect(clcLevels('T-0')).toEqual(['T'])
    expect(clcLevels('F12')).toEqual(['F', 'F1', 'F12'])
    expect(clcLevels('K2', 2)).toEqual(['K', 'K2'])
    expect(clcLevels('L123')).toEqual([])
    expect(clcLevels(undefined)).toEqual([])
  })
})
