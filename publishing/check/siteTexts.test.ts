import { describe, expect, it } from 'vitest'

import { siteTexts } from './siteTexts'

const isSiteText = siteTexts({
  interfaceStrings: ['新闻公告', 'News', 'Page {page}', '返回{page}', '流动图书车', 'Book van', '{count} visits', '{year}'],
  published: ['醴陵市明月镇', 'Mingyue Town', '醴陵市儿童绘画作品展览'],
})

describe('the text the site shows without any draft', () => {
  it('is the published content and the interface, compared whole', () => {
    expect(isSiteText('醴陵市儿童绘画作品展览')).toBe(true)
    expect(isSiteText('  News ')).toBe(true)
    expect(isSiteText('醴陵市儿童绘画')).toBe(false)
  })

  it('is every weekday, month and date as Intl writes them, in Chinese and in English', () => {
    for (const text of ['Sunday', 'Sun', '星期日', '周日', 'December', 'Dec', '十二月', '12月', '2014年3月', 'March 2014', '2014年2月10日至13日', 'Saturday, March 22, 2014', '9:00 AM', '上午9:00', '2,610']) {
      expect(isSiteText(text), text).toBe(true)
    }
  })

  it('is an interface string filled in with such text, and title parts joined as the site joins them', () => {
    expect(isSiteText('Page 3')).toBe(true)
    expect(isSiteText('返回新闻公告')).toBe(true)
    expect(isSiteText('44 visits')).toBe(true)
    expect(isSiteText('流动图书车 · 醴陵市明月镇')).toBe(true)
    expect(isSiteText('Book van · Mingyue Town')).toBe(true)
  })

  it('is not a title of its own, nor one filled into an interface string', () => {
    for (const text of ['冬季阅读月开幕', 'School visits', 'Page one', '返回冬季阅读月', '流动图书车 · 新阳小学', 'Sunday reading club', '周日亲子阅读']) {
      expect(isSiteText(text), text).toBe(false)
    }
  })
})
