import { parse } from 'isbn3'
import { describe, expect, it } from 'vitest'

import { isbn10CheckDigit, isbn13CheckDigit, makeIsbn } from './isbn'

describe('check digits', () => {
  it('agree with real ISBNs of the dp2 sample records', () => {
    expect(isbn10CheckDigit('750371744')).toBe('0')
    expect(isbn10CheckDigit('750372790')).toBe('X')
    expect(isbn13CheckDigit('978750371744')).toBe('4')
  })
})

describe('makeIsbn', () => {
  it('writes ISBN-10 before 2007 and ISBN-13 from 2007, both valid for isbn3', () => {
    const old = makeIsbn('7-02', 4871, 1998)
    const recent = makeIsbn('7-02', 4871, 2015)
    expect(old).toMatch(/^7-02-004871-[\dX]$/u)
    expect(recent).toMatch(/^978-7-02-004871-\d$/u)
    expect(parse(old)?.isbn13).toBe(recent.replaceAll('-', ''))
  })

  it('fits the title number to the digits a longer prefix leaves', () => {
    expect(makeIsbn('7-80127', 1234567, 1999)).toMatch(/^7-80127-567-[\dX]$/u)
  })
})
