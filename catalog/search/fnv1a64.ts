/**
 * The 64-bit FNV-1a hash of a text's UTF-8 bytes, as two 32-bit halves. It is the hash of
 * `@sindresorhus/fnv1a` (its test compares them), which works in BigInt, a byte at a time: over
 * a million terms, that took two seconds of an import. Here the hash is four 16-bit limbs in
 * plain numbers, so no product leaves the exact integers.
 */

const encoder = new TextEncoder()
let utf8 = new Uint8Array(256)

export function fnv1a64(text: string): { high: number; low: number } {
  // At most three bytes per UTF-16 code unit.
  if (utf8.length < text.length * 3) utf8 = new Uint8Array(text.length * 3)
  const { written } = encoder.encodeInto(text, utf8)
  // The offset basis 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < written; i += 1) {
    h0 ^= utf8[i]!
    // × the prime 2^40 + 0x1b3: each limb times 0x1b3, plus the low limbs shifted up by 40 bits.
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3 + (t0 >>> 16)
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16)
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
    h3 = t3 & 0xffff
  }
  return { high: h3 * 0x10000 + h2, low: h1 * 0x10000 + h0 }
}
