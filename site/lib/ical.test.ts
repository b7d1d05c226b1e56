import ICAL from 'ical.js'
import { describe, expect, it, vi } from 'vitest'

import { readCalendar } from '../../publishing/check/feedFiles'
import { eventsToIcs, eventUid, htmlToText } from './ical'
import type { SiteEvent } from './model/events'

// The model module reads content collections, which exist only inside an Astro build.
vi.mock('astro:content', () => ({ getCollection: async () => [] }))

const site = new URL('https://library.example.org')

const lecture: SiteEvent = {
  end: '2014-02-13',
  facts: [{ label: 'events.attendance', value: '200' }],
  kind: 'lecture',
  path: '/events/lectures/2014-02-10-tcm-hospital-health-talks/',
  place: { fallback: false, lang: 'zh-CN', value: '醴陵市图书馆共享工程室' },
  slug: '2014-02-10-tcm-hospital-health-talks',
  start: '2014-02-10',
  title: { fallback: false, lang: 'zh-CN', value: '中医院健康知识讲座' },
  updatedAt: '2024-05-06T07:08:09.000Z',
}

const vanVisit: SiteEvent = {
  end: '2014-12-31',
  facts: [],
  kind: 'van-visit',
  path: '/events/van-visits/2014-12-31-school/',
  slug: '2014-12-31-school',
  start: '2014-12-31',
  title: { fallback: false, lang: 'en', value: 'Book van · Shizipo Primary School' },
  updatedAt: '2024-05-06T07:08:09.000Z',
}

const exhibition: SiteEvent = {
  descriptionHtml: '<p>Paintings &amp; drawings</p><p>By &lt;children&gt;</p>',
  end: '2014-04-06',
  facts: [],
  kind: 'exhibition',
  path: '/events/exhibitions/2014-03-29-childrens-painting/',
  slug: '2014-03-29-childrens-painting',
  start: '2014-03-29',
  title: { fallback: true, lang: 'zh-CN', value: '醴陵市儿童绘画作品展览' },
  updatedAt: '2024-05-06T07:08:09.000Z',
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
  return { calendar, events }
}

describe('eventsToIcs', () => {
  it('writes a multi-day event as DATE values ending the day after its last day', () => {
    const ics = eventsToIcs([lecture], { locale: 'zh', site })
    expect(ics).toContain('DTSTART;VALUE=DATE:20140210\r\n')
    expect(ics).toContain('DTEND;VALUE=DATE:20140214\r\n')
    const [event] = parse(ics).events
    expect(event?.startDate.isDate).toBe(true)
    expect(event?.startDate.toString()).toBe('2014-02-10')
    expect(event?.endDate.toString()).toBe('2014-02-14')
    expect(event?.summary).toBe('中医院健康知识讲座')
    expect(event?.location).toBe('醴陵市图书馆共享工程室')
    expect(event?.description).toContain('参加人次：200')
  })

  it('writes a one-day event as one day, across the end of a year', () => {
    const [event] = parse(eventsToIcs([vanVisit], { locale: 'en', site })).events
    expect(event?.startDate.toString()).toBe('2014-12-31')
    expect(event?.endDate.toString()).toBe('2015-01-01')
    expect(event?.duration.toSeconds()).toBe(86_400)
  })

  it('gives every event a stable UID and stamps it with the time it was last edited, in UTC', () => {
    const { events } = parse(eventsToIcs([lecture, vanVisit], { locale: 'en', site }))
    expect(events.map((event) => event.uid)).toEqual([
      'lecture-2014-02-10-tcm-hospital-health-talks@liling-library',
      'van-visit-2014-12-31-school@liling-library',
    ])
    expect(eventUid(lecture)).toBe(events[0]?.uid)
    expect(events[0]?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-05-06T07:08:09Z')
  })

  it('names the library as producer and Asia/Shanghai as the time zone, before any event', () => {
    const ics = eventsToIcs([lecture], { locale: 'zh', name: '醴陵市图书馆 · 活动日历', site })
    const { calendar } = parse(ics)
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Liling City Library//Events//ZH')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('醴陵市图书馆 · 活动日历')
    expect(ics.indexOf('X-WR-TIMEZONE')).toBeLessThan(ics.indexOf('BEGIN:VEVENT'))
    expect(ics.match(/X-WR-TIMEZONE/g)).toHaveLength(1)
  })

  it('links each event to its page in the calendar language', () => {
    const [zh] = parse(eventsToIcs([lecture], { locale: 'zh', site })).events
    const [en] = parse(eventsToIcs([lecture], { locale: 'en', site })).events
    expect(zh?.component.getFirstPropertyValue('url')).toBe('https://library.example.org/events/lectures/2014-02-10-tcm-hospital-health-talks/')
    expect(en?.component.getFirstPropertyValue('url')).toBe('https://library.example.org/en/events/lectures/2014-02-10-tcm-hospital-health-talks/')
  })

  it('describes an exhibition with its text, not its HTML', () => {
    const [event] = parse(eventsToIcs([exhibition], { locale: 'en', site })).events
    expect(event?.description).toMatch(/^Paintings & drawings\n\nBy <children>\n\nhttps:/)
  })

  it('leaves out control characters stored in an event, so the file stays valid', () => {
    const title = { ...lecture.title, value: '中医院\u0001健康\u000b知识讲座' }
    const ics = eventsToIcs([{ ...lecture, place: { ...lecture.place!, value: '共享工程室\u0008' }, title }], { locale: 'zh', site })
    expect(readCalendar(ics).problem).toBeUndefined()
    const [event] = parse(ics).events
    expect([event?.summary, event?.location]).toEqual(['中医院健康 知识讲座', '共享工程室'])
  })

  it('is still a valid calendar with no events', () => {
    const { calendar, events } = parse(eventsToIcs([], { locale: 'en', site }))
    expect(events).toHaveLength(0)
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai')
  })
})

describe('htmlToText', () => {
  it('keeps paragraphs apart and decodes numeric entities', () => {
    expect(htmlToText('<p>A&#39;s</p><p>B&#x4E2D;</p>')).toBe("A's\n\nB中")
  })
})
