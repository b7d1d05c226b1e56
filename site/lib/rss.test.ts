import { describe, expect, it } from 'vitest'

import { readXml } from '../../publishing/check/feedFiles'
import type { SiteNews } from './model/news'
import { newsToRss } from './rss'

const site = new URL('https://library.example.org')

const news = (title: string, summary: string): SiteNews => ({
  bodyFallback: false,
  bodyHtml: '',
  category: 'announcement',
  path: '/news/2026-closure/',
  pinned: false,
  publishedAt: '2026-12-01T02:00:00.000Z',
  slug: '2026-closure',
  summary: { fallback: false, lang: 'zh-CN', value: summary },
  title: { fallback: false, lang: 'zh-CN', value: title },
  updatedAt: '2026-12-01T02:00:00.000Z',
})

describe('newsToRss', () => {
  it('writes well-formed XML even when stored text carries control characters, which it leaves out', async () => {
    const xml = await newsToRss([news('临时\u0001闭馆\u0008通知', 'Closed\u000bon Monday\uFFFF')], { locale: 'zh', site })
    const feed = readXml(xml)
    expect(feed.problem).toBeUndefined()
    expect(feed.titles).toContain('临时闭馆通知')
    expect(xml).toContain('<description>Closed on Monday</description>')
  })

  it('describes the feed in its language, each item linked in that language', async () => {
    const xml = await newsToRss([news('Closure', 'Closed on Monday')], { locale: 'en', site })
    expect(xml).toContain('<language>en</language>')
    expect(xml).toContain('<link>https://library.example.org/en/news/2026-closure/</link>')
  })
})
