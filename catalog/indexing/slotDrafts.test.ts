import { describe, expect, it } from 'vitest'

import type { Slot } from '../search/format'
import { type SlotDraft, SlotDrafts } from './slotDrafts'

describe('slot drafts', () => {
  it('gives back each record’s display data with its branches and language as JSON.stringify writes its slot, past the first buffer', () => {
    const drafts = new SlotDrafts()
    const made: SlotDraft[] = Array.from({ length: 20_000 }, (_, n) => ({
      a: n % 3 === 0 ? [] : [`作者${n}`, 'Ｃｈｉｎａ 𠀀', '第三', `第四 ${n}`].slice(0, 1 + (n % 4)),
      ...(n % 2 === 0 ? { c: `I247.${n}` } : {}),
      i: `id-${n}`,
      ...(n % 5 === 0 ? { p: '湖南人民出版社' } : {}),
      t: `中国发展报告 ${'長'.repeat(n % 40)} "quoted" \\ ${n}`,
      ...(n % 7 === 0 ? { v: '圖書館' } : {}),
      ...(n % 4 === 0 ? {} : { y: 1930 + (n % 90) }),
    }))
    for (const draft of made) drafts.add(draft)
    expect(drafts.size).toBe(made.length)
    made.forEach((draft, n) => {
      const branches = Array.from({ length: n % 3 }, (_, b) => b * 7)
      const language = (n % 4) - 1
      const slot: Slot = { ...draft, a: draft.a.slice(0, 3), b: branches, ...(language >= 0 ? { l: language } : {}) }
      expect(drafts.slotJson(n, branches, language)).toBe(JSON.stringify(slot))
    })
  })
})
