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

  it('refuses an escape sequence that designates no MARC-8 set, naming it', () => {
    expect(() => decode(0x1b, '(Z', 'abc')).toThrow('has an unknown MARC-8 escape sequence (ESC ( Z)')
    expect(() => decode(0x1b, '$(N', 'abc')).toThrow('has an unknown MARC-8 escape sequence (ESC $ ( N)')
  })

  // The expected texts were checked with yaz-iconv 5.34 (`yaz-iconv -f marc8 -t utf8`) when the test was written.
  it('decodes the CJK set (EACC), three bytes a character, with single-byte blanks between, and returns to ASCII', () => {
    const eacc = (codes: string) => Buffer.from(codes, 'hex').toString('latin1')
    expect(decode(0x1b, '$1', eacc('23414B215F25213C44213774214355216079'), 0x1b, '(B (Liling) ', 0x1b, '$1', eacc('213034'), ' ', eacc('21376F'), 0x1b, '(B')).toBe('醴陵市圖書館 (Liling) 中 國')
    // "ESC $ 1" with the G0 intermediate written out, and EACC's own ideographic space
    expect(decode(0x1b, '$(1', eacc('214C7B213B5A212320213844'), 0x1b, '(B')).toBe('發展\u3000報')
  })

  it('decodes EACC designated as G1 (ESC $ ) 1), whose bytes have the high bit set', () => {
    expect(decode('abc ', 0x1b, '$)1', 0xa1, 0xb0, 0xb4, 'd')).toBe('abc 中d')
  })

  it('decodes the EACC characters beyond Unicode\'s first plane', () => {
    expect(decode(0x1b, '$1', '"*4', 0x1b, '(B')).toBe('\u{2251B}')
  })

  it('refuses an EACC character cut short or a code EACC does not define, with the bytes', () => {
    expect(() => decode(0x1b, '$1', '!0', 0x1b, '(B')).toThrow('has an incomplete MARC-8 CJK (EACC) character (bytes 21301B)')
    expect(() => decode(0x1b, '$1', '!04!0')).toThrow('has an incomplete MARC-8 CJK (EACC) character (bytes 2130), after “中”')
    expect(() => decode(0x1b, '$1', '~~~')).toThrow('has the code 7E7E7E, which the MARC-8 CJK (EACC) set does not define')
  })

  it('decodes the Cyrillic, Greek, Hebrew and Arabic sets, with their combining marks after the letter', () => {
    expect(decode('Tolstoj ', 0x1b, '(N', 'lEW', 0x1b, '(B')).toBe('Tolstoj Лев')
    expect(decode(0x1b, '(S', 'abd', 0x1b, '(B')).toBe('αβγ')
    // Hebrew: bet (0x61) with the point patah (0x40) written before it
    expect(decode(0x1b, '(2', '@a', 0x1b, '(B')).toBe('\u05d1\u05b7')
    expect(decode(0x1b, '(3', 'HG', 0x1b, '(B')).toBe('\u0628\u0627')
  })

  it('refuses bytes no set defines and diacritics without a letter, rather than dropping them', () => {
    expect(() => decode('abc', 0xaf)).toThrow('has byte 0xAF, which the MARC-8 ANSEL set does not define, after “abc”')
    expect(() => decode('abc', 0xe2)).toThrow('ends with a diacritic that has no letter after it, after “abc”')
    expect(() => decode('abc', 0x1b)).toThrow('ends with an unfinished MARC-8 escape sequence, after “abc”')
  })
})
