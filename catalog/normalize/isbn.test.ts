import { describe, expect, it } from 'vitest'

import type { RecordWarning } from '../marc/types'
import { isbn13, isbn13s, validIsbns } from './isbn'

describe('isbn13', () => {
  it('turns a hyphenated ISBN-10 of a CNMARC record into ISBN-13 digits (dp2 sample)', () => {
    expect(isbn13('7-5037-1744-0')).toBe('9787503717444')
    expect(isbn13('7-80127-555-1')).toBe('9787801275554')
  })

  it('accepts an X check digit, in either case', () => {
    expect(isbn13('7-5037-2790-X')).toBe('9787503727900')
    expect(isbn13('7-5037-2790-x')).toBe('9787503727900')
  })

  it('takes the ISBN out of a MARC21 020$a with its qualifier (traject sample)', () => {
    expect(isbn13('9780743297790 (alk. paper)')).toBe('9780743297790')
    expect(isbn13('0743297792 (alk. paper)')).toBe('9780743297790')
    expect(isbn13('ISBN 978-7-5037-1744-4')).toBe('9787503717444')
    expect(isbn13('978 7 5037 1744 4')).toBe('9787503717444')
  })

  it('drops an ISBN whose check digit is wrong', () => {
    expect(isbn13('7-5037-1744-1')).toBeUndefined()
    expect(isbn13('978-7-5037-1744-9')).toBeUndefined()
  })

  it('drops what is no ISBN: a price, a short number, a 978 prefix on an ISSN-like code', () => {
    expect(isbn13('CNY68.00')).toBeUndefined()
    expect(isbn13('Rs10.00')).toBeUndefined()
    expect(isbn13('12345')).toBeUndefined()
    expect(isbn13('')).toBeUndefined()
  })

  it('keeps ISBN-13s of the 979 prefix, which have no ISBN-10', () => {
    expect(isbn13('979-10-91146-13-5')).toBe('9791091146135')
  })
})

describe('isbn13s', () => {
  it('gives each book once when a record lists its ISBN-13 and its ISBN-10', () => {
    expect(isbn13s(['9780743297790 (alk. paper)', '0743297792 (alk. paper)', 'bad 1234567890'])).toEqual(['9780743297790'])
  })
})

describe('validIsbns', () => {
  it('leaves out a value that holds no valid ISBN, with a warning naming the field', () => {
    const warnings: RecordWarning[] = []
    expect(validIsbns(['7-5037-1744-0', '7-5037-1744-1', '(pbk.)'], '010', warnings)).toEqual(['9787503717444'])
    expect(warnings).toEqual([
      { field: '010', message: '"7-5037-1744-1" in 010$a is no valid ISBN: left out' },
      { field: '010', message: '"(pbk.)" in 010$a is no valid ISBN: left out' },
    ])
  })
})
