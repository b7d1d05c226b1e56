import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { canShowMedia, mediaReferences } from './mediaReferences'

const image = (id: number) => ({ fields: null, format: '', relationTo: 'media', type: 'upload', value: id, version: 3 })
const richText = (...children: unknown[]) => ({ root: { children: [{ children, type: 'paragraph' }], type: 'root' } })

describe('mediaReferences', () => {
  it('finds the images of upload fields, single or many, ids or populated', () => {
    const fields: Field[] = [
      { name: 'cover', relationTo: 'media', type: 'upload' },
      { hasMany: true, name: 'images', relationTo: 'media', type: 'upload' },
      { name: 'author', relationTo: 'users', type: 'relationship' },
    ]
    expect(mediaReferences(fields, { author: 9, cover: 1, images: [2, { id: 3, url: '/x.png' }] })).toEqual(new Set(['1', '2', '3']))
  })

  it('finds images in rich text in every language, and in polymorphic relationships', () => {
    const fields: Field[] = [
      { localized: true, name: 'body', type: 'richText' },
      { hasMany: true, name: 'related', relationTo: ['news', 'media'], type: 'relationship' },
    ]
    const data = {
      body: { en: richText(image(5)), zh: richText({ text: '无图', type: 'text' }, image(4)) },
      related: [{ relationTo: 'news', value: 8 }, { relationTo: 'media', value: 6 }],
    }
    expect(mediaReferences(fields, data)).toEqual(new Set(['4', '5', '6']))
  })

  it('looks inside groups, tabs, arrays and blocks', () => {
    const fields: Field[] = [
      { fields: [{ name: 'photo', relationTo: 'media', type: 'upload' }], name: 'hero', type: 'group' },
      { tabs: [{ fields: [{ fields: [{ name: 'photo', relationTo: 'media', type: 'upload' }], name: 'slides', type: 'array' }], label: 'Slides' }], type: 'tabs' },
      { blocks: [{ fields: [{ name: 'text', type: 'richText' }], slug: 'prose' }], name: 'layout', type: 'blocks' },
    ]
    const data = { hero: { photo: 1 }, layout: [{ blockType: 'prose', text: richText(image(3)) }], slides: [{ photo: 2 }] }
    expect(mediaReferences(fields, data)).toEqual(new Set(['1', '2', '3']))
  })

  it('finds nothing in a document without images', () => {
    expect(mediaReferences([{ name: 'cover', relationTo: 'media', type: 'upload' }], { cover: null })).toEqual(new Set())
  })
})

describe('canShowMedia', () => {
  it('is true for fields pointing at media or holding rich text, and only then', () => {
    expect(canShowMedia([{ name: 'title', type: 'text' }, { name: 'point', relationTo: 'service-points', type: 'relationship' }])).toBe(false)
    expect(canShowMedia([{ fields: [{ name: 'body', type: 'richText' }], name: 'rows', type: 'array' }])).toBe(true)
    expect(canShowMedia([{ name: 'cover', relationTo: 'media', type: 'upload' }])).toBe(true)
  })
})
