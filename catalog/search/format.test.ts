import { describe, expect, it } from 'vitest'

import { encodeSlot, SLOT_BYTES, type Slot, writeSlot } from './format'

describe('record slots', () => {
  it('are written from their JSON byte for byte as encodeSlot writes them, whether they fit or must be shortened', () => {
    const slots: Slot[] = [
      { a: ['王东'], b: [0, 3], c: 'G883', i: 'LL0000000001', l: 0, p: '中国农业出版社', t: '健身一本通', y: 2005 },
      { a: [], b: [], i: 'x', t: 'A "quoted" \\ title' },
      { a: ['甲'.repeat(60), '乙'.repeat(60), '丙'.repeat(60)], b: [1], i: 'long', p: '出版社'.repeat(30), t: '很长的书名'.repeat(40), v: '書名'.repeat(50), y: 1930 },
      { a: ['𠀀'.repeat(20)], b: [2], i: 'astral', t: '𪚥'.repeat(70) },
    ]
    for (const slot of slots) {
      const target = new Uint8Array(SLOT_BYTES).fill(7)
      writeSlot(JSON.stringify(slot), 0x12345678, target)
      expect(target).toEqual(encodeSlot(slot, 0x12345678))
    }
  })
})
