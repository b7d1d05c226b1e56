import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('two languages', () => {
  it('an English read falls back to the Chinese where the English is missing', async () => {
    const created = await payload.create({
      collection: 'exhibitions',
      data: { _status: 'published', startDate: '2015-05-01', title: '只有中文的展览', venue: '醴陵市图书馆' },
    })
    await payload.update({ id: created.id, collection: 'exhibitions', data: { venue: 'Liling City Library' }, locale: 'en' })

    const english = await payload.findByID({ id: created.id, collection: 'exhibitions', locale: 'en' })
    expect(english.title).toBe('只有中文的展览')
    expect(english.venue).toBe('Liling City Library')

    const withoutFallback = await payload.findByID({ id: created.id, collection: 'exhibitions', fallbackLocale: false, locale: 'en' })
    expect(withoutFallback.title ?? null).toBeNull()
  })

  it('keeps the two languages apart', async () => {
    const created = await payload.create({ collection: 'pages', data: { _status: 'published', title: '关于我们' } })
    await payload.update({ id: created.id, collection: 'pages', data: { title: 'About us' }, locale: 'en' })
    expect((await payload.findByID({ id: created.id, collection: 'pages', locale: 'zh' })).title).toBe('关于我们')
    expect((await payload.findByID({ id: created.id, collection: 'pages', locale: 'en' })).title).toBe('About us')
  })

  it('makes a pinyin slug from a Chinese title', async () => {
    const created = await payload.create({ collection: 'pages', data: { _status: 'published', title: '读者须知' } })
    expect(created.slug).toBe('du-zhe-xu-zhi')
    const lecture = await payload.create({ collection: 'lectures', data: { _status: 'published', startDate: '2015-04-02', topic: '诗词讲座' } })
    expect(lecture.slug).toBe('2015-04-02-shi-ci-jiang-zuo')
  })
})
