import { describe, expect, it, vi } from 'vitest'

import { assertNoReservedSlugs, categoryOfSegment, newsListPath, paginate, pinnedFirst } from './newsListing'

// news.ts loads content collections at build time; the functions tested here work on plain lists.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }))

describe('news list pages', () => {
  it('puts pinned items first and keeps the order within each group', () => {
    const items = [
      { pinned: false, slug: 'a' },
      { pinned: true, slug: 'b' },
      { pinned: false, slug: 'c' },
      { pinned: true, slug: 'd' },
    ]
    expect(pinnedFirst(items).map((item) => item.slug)).toEqual(['b', 'd', 'a', 'c'])
  })

  it('splits a list into pages of ten, the last one shorter', () => {
    const pages = paginate(Array.from({ length: 23 }, (_, i) => i), 10)
    expect(pages.map((page) => page.length)).toEqual([10, 10, 3])
    expect(pages[2]).toEqual([20, 21, 22])
  })

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([[]])
  })

  it('addresses the first page without a page number and later pages under page/', () => {
    expect(newsListPath(undefined, 1)).toBe('/news/')
    expect(newsListPath(undefined, 2)).toBe('/news/page/2/')
    expect(newsListPath('announcement', 1)).toBe('/news/announcements/')
    expect(newsListPath('news', 3)).toBe('/news/updates/page/3/')
  })

  it('finds a category from its address segment', () => {
    expect(categoryOfSegment('updates')).toBe('news')
    expect(categoryOfSegment('announcements')).toBe('announcement')
    expect(categoryOfSegment('other')).toBeUndefined()
  })
})

describe('news article slugs', () => {
  it('accepts slugs that no list page uses', () => {
    expect(() => assertNoReservedSlugs(['2014-year-in-figures', 'pages', 'update'])).not.toThrow()
  })

  it.each(['page', 'announcements', 'updates'])('fails the build when an article is called "%s"', (slug) => {
    expect(() => assertNoReservedSlugs(['fine', slug])).toThrow(new RegExp(`"${slug}" clashes with a news list address`))
  })
})
