import { describe, expect, it, vi } from 'vitest'

import { byYear, relatedLinks } from './chronicle'

// chronicle.ts loads content collections at build time; the functions tested here work on plain data.
vi.mock('astro:content', () => ({ getCollection: vi.fn() }))

describe('byYear', () => {
  it('puts the newest year first and each year’s entries in date order', () => {
    const entries = [
      { end: '2014-10-01', slug: 'c', start: '2014-10-01' },
      { end: '2013-05-01', slug: 'a', start: '2013-05-01' },
      { end: '2014-03-22', slug: 'b', start: '2014-03-22' },
      { end: '2015-01-01', slug: 'd', start: '2014-12-30' },
    ]
    expect(byYear(entries).map(({ entries, year }) => [year, entries.map((entry) => entry.slug)])).toEqual([
      ['2014', ['b', 'c', 'd']],
      ['2013', ['a']],
    ])
  })
})

describe('relatedLinks', () => {
  const published = new Map([
    ['reading-activities', new Set(['storytelling'])],
    ['news', new Set(['silver'])],
    ['lectures', new Set<string>()],
  ])

  it('links each related item to its page, titled in the page language', () => {
    const links = relatedLinks(
      [
        { relationTo: 'reading-activities', value: { activity: { en: 'Storytelling', zh: '故事会' }, slug: 'storytelling' } },
        { relationTo: 'news', value: { slug: 'silver', title: { zh: '银奖' } } },
      ],
      published,
      'en',
    )
    expect(links).toEqual([
      { kind: 'events.readingActivity', path: '/events/reading-activities/storytelling/', title: { fallback: false, lang: 'en', value: 'Storytelling' } },
      { kind: 'nav.news', path: '/news/silver/', title: { fallback: true, lang: 'zh-CN', value: '银奖' } },
    ])
  })

  it('leaves out items that have no page on the site', () => {
    const links = relatedLinks(
      [
        { relationTo: 'lectures', value: { slug: 'draft-lecture', topic: { zh: '草稿' } } },
        { relationTo: 'unknown', value: { slug: 'x' } },
      ],
      published,
      'zh',
    )
    expect(links).toEqual([])
  })
})
