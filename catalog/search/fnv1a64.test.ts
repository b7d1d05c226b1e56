import fnv1a from '@sindresorhus/fnv1a'
import { describe, expect, it } from 'vitest'

import { fnv1a64 } from './fnv1a64'

const asBigInt = ({ high, low }: { high: number; low: number }) => (BigInt(high) << 32n) | BigInt(low)

describe('fnv1a64', () => {
  it('is the 64-bit FNV-1a of the published test vectors', () => {
    expect(asBigInt(fnv1a64(''))).toBe(0xcbf29ce484222325n)
    expect(asBigInt(fnv1a64('a'))).toBe(0xaf63dc4c8601ec8cn)
    expect(asBigInt(fnv1a64('foobar'))).toBe(0x85944171f73967e8n)
  })

  it("is @sindresorhus/fnv1a's hash for Chinese, pinyin, ISBNs, astral characters, lone surrogates and long texts", () => {
    const texts = ['图书馆', 'tushuguan', '9787109579910', 't:中国发展报告', '𠀀𪚥 ok', 'a\uD800b', '圖書館'.repeat(400), 'x'.repeat(1000)]
    for (let n = 0; n < 2000; n += 1) texts.push(String.fromCharCode(...Array.from({ length: n % 17 }, (_, i) => (n * 7919 + i * 104729) % 0xffff)))
    for (const text of texts) expect(asBigInt(fnv1a64(text)), JSON.stringify(text)).toBe(fnv1a(text, { size: 64 }))
  })
})
