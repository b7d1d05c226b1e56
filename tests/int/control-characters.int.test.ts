/**
 * Invisible control characters, as pasting from Word or a PDF brings them (U+000B is Word's line
 * break), are never stored: one of them in a news title made both RSS feeds unreadable.
 */
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

/** A rich-text body of one paragraph, as the admin's editor saves it. */
const body = (text: string) => ({
  root: {
    children: [{ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 }],
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

const bodyText = (value: unknown) => (value as ReturnType<typeof body>).root.children[0]!.children[0]!.text

describe('control characters typed or pasted into the CMS', () => {
  it('are left out of a news title, summary and body, in both languages; line breaks become spaces', async () => {
    const { id } = await payload.create({
      collection: 'news',
      data: { body: body('正文\u0001内容\u001f'), category: 'news', summary: '第一行\u000b第二行\u0008', title: '临时\u0001闭馆\u0008通知' },
    })
    await payload.update({ id, collection: 'news', data: { summary: 'Line one\u000bline two', title: 'Temporary\u000bclosure\u0000\uFFFE\uD800' }, locale: 'en' })

    const zh = await payload.findByID({ id, collection: 'news', depth: 0, locale: 'zh' })
    expect([zh.title, zh.summary, bodyText(zh.body)]).toEqual(['临时闭馆通知', '第一行 第二行', '正文内容'])
    const en = await payload.findByID({ id, collection: 'news', depth: 0, locale: 'en' })
    expect([en.title, en.summary]).toEqual(['Temporary closure', 'Line one line two'])
  })

  it('are left out of the title of a draft in every collection with drafts', async () => {
    for (const collection of payload.config.collections.filter((c) => c.versions?.drafts && c.admin?.useAsTitle)) {
      const titleField = collection.admin.useAsTitle!
      const saved = await payload.create({
        collection: collection.slug as CollectionSlug,
        data: { [titleField]: '草稿\u0001标题\u007f', slug: `draft-${collection.slug}` } as RequiredDataFromCollectionSlug<CollectionSlug>,
        draft: true,
      })
      const stored = await payload.findByID({ id: saved.id, collection: collection.slug as CollectionSlug, depth: 0, draft: true })
      expect((stored as unknown as Record<string, unknown>)[titleField], collection.slug).toBe('草稿标题')
    }
  })

  it('are left out of lists of names and of fields inside lists and groups, in globals too', async () => {
    const exhibition = await payload.create({
      collection: 'exhibitions',
      data: { organisers: ['醴陵市\u0002文化馆', '醴陵市图书馆'], startDate: '2026-03-01', title: '瓷都\u0003百年' },
    })
    expect((await payload.findByID({ id: exhibition.id, collection: 'exhibitions', depth: 0 })).organisers).toEqual(['醴陵市文化馆', '醴陵市图书馆'])

    await payload.updateGlobal({
      slug: 'library-profile',
      data: { contact: { streetAddress: '醴陵市\u000c西山路' }, departments: [{ description: '借阅\u0004服务', name: '借阅部\u0005' }], name: '醴陵市图书馆\u0006' },
    })
    const profile = await payload.findGlobal({ slug: 'library-profile', depth: 0 })
    expect([profile.name, profile.contact?.streetAddress, profile.departments?.[0]?.name, profile.departments?.[0]?.description]).toEqual([
      '醴陵市图书馆',
      '醴陵市 西山路',
      '借阅部',
      '借阅服务',
    ])
  })
})
