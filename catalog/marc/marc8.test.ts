import { describe, expect, it } from 'vitest'

import { decodeMarc8 } from './marc8'

const decode = (...parts: (number | string)[]) =>
  decodeMarc8(Buffer.concat(parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : Buffer.from(part, 'latin1')))))

describe('decodeMarc8', () => {
  it('puts each diacritic after its letter and gives the text in NFC', () => {
    expect(decode('communaut', 0xe2, 'e')).toBe('communauté')
    expect(decode('Dvo', 0xe9, 'r', 0xe2, 'ak')).toBe('Dvořák')
    // two diacritics on one letter: ệ (circumflex and dot below) has one precomposed character
    expect(decode('Vi', 0xe3, 0xf2, 'et')).toBe('Việt')
  })

  it('decodes the ANSEL letters and signs that are not diacritics', () => {
    expect(decode(0xa1, 'od', 0xb2, ' ', 0xc3, ' 1990 ', 0xa5, 0xb5, ' ', 0xc7)).toBe('Łodø © 1990 Ææ ß')
    expect(decode(0xb0, 'Abd ', 0xae, 'Ali')).toBe('ʻAbd ʼAli')
  })

  it('decodes the subscript, superscript and Greek symbol sets and returns to ASCII', () => {
    expect(decode('H', 0x1b, 'b2', 0x1b, 's', 'O')).toBe('H₂O')
    expect(decode('mc', 0x1b, 'p2', 0x1b, 's')).toBe('mc²')
    expect(decode(0x1b, 'ga', 0x1b, 's', '-particle')).toBe('α-particle')
  })

  it('reads ANSEL designated with its intermediate character (ESC ) ! E)', () => {
    expect(decode(0x1b, ')!E', 'caf', 0xe2, 'e')).toBe('café')
  })

  it('keeps the nonfiling markers as the characters LC maps them to', () => {
    expect(decode(0x88, 'The ', 0x89, 'Hobbit')).toBe('\u0098The \u009cHobbit')
  })

  it('refuses the sets it cannot decode, naming them', () => {
    expect(() => decode(0x1b, '(2', 'abc')).toThrow('uses the MARC-8 Hebrew character set (ESC ( 2), which the importer cannot read')
    expect(() => decode('Tolstoj ', 0x1b, '(N', 'Lev')).toThrow('uses the MARC-8 Cyrillic character set (ESC ( N), which the importer cannot read, after “Tolstoj ”')
    expect(() => decode(0x1b, '$1', '!0d')).toThrow('CJK (EACC)')
    expect(() => decode(0x1b, '(Z', 'abc')).toThrow('has an unknown MARC-8 escape sequence (ESC ( Z)')
  })

  it('refuses bytes no set defines and diacritics without a letter, rather than dropping them', () => {
    expect(() => decode('abc', 0xaf)).toThrow('has byte 0xAF, which the MARC-8 ANSEL set does not define, after “abc”')
    expect(() => decode('abc', 0xe2)).toThrow('ends with a diacritic that has no letter after it, after “abc”')
    expect(() => decode('abc', 0x1b)).toThrow('ends with an unfinished MARC-8 escape sequence, after “abc”')
  })
})
