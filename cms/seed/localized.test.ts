import { describe, expect, it } from 'vitest'

import { isLocalizedValue, pickLocale, withRowIds } from './localized'

describe('pickLocale', () => {
  const item = {
    slug: 'talk',
    topic: { en: 'Talk', zh: '讲座' },
    organisers: { en: ['Museum'], zh: ['博物馆'] },
    staff: { total: 9, editorNote: { zh: '不一致' } },
    rows: [{ label: { en: 'Books', zh: '图书' }, value: 6000 }],
  }

  it('keeps the facts and takes the text of one language at any depth', () => {
    expect(pickLocale(item, 'en')).toEqual({
      slug: 'talk',
      topic: 'Talk',
      organisers: ['Museum'],
      staff: { total: 9 },
      rows: [{ label: 'Books', value: 6000 }],
    })
    expect(pickLocale(item, 'zh')).toMatchObject({ staff: { editorNote: '不一致', total: 9 }, topic: '讲座' })
  })

  it('leaves out English that is missing, so that readers fall back to Chinese', () => {
    expect(pickLocale({ title: { zh: '标题' } }, 'en')).toEqual({})
  })
})

describe('isLocalizedValue', () => {
  it('recognises only maps of the two languages with Chinese present', () => {
    expect(isLocalizedValue({ en: 'a', zh: 'b' })).toBe(true)
    expect(isLocalizedValue({ en: 'a' })).toBe(false)
    expect(isLocalizedValue({ total: 9, zh: 'b' })).toBe(false)
  })
})

describe('withRowIds', () => {
  it('gives the second language the ids of the rows stored with the first', () => {
    const stored = { departments: [{ id: 'a1', name: '采编室' }, { id: 'b2', name: '外借处' }], total: 9 }
    const english = { departments: [{ name: 'Cataloguing' }, { name: 'Lending' }], total: 9 }
    expect(withRowIds(english, stored)).toEqual({
      departments: [
        { id: 'a1', name: 'Cataloguing' },
        { id: 'b2', name: 'Lending' },
      ],
      total: 9,
    })
  })
})
