import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { VAN_CATEGORIES, WEEKDAYS } from '../../cms/fields/choices'
import { seed } from '../../cms/seed'
import { seededPayload } from './payload'

const sum = (docs: Record<string, unknown>[], field: string) => docs.reduce((total, doc) => total + Number(doc[field] ?? 0), 0)
const day = (iso: unknown) => String(iso).slice(0, 10)

let payload: Payload

beforeAll(async () => {
  payload = await seededPayload()
})

async function all(collection: 'lectures' | 'van-visits' | 'reading-activities' | 'exhibitions' | 'chronicle') {
  const { docs } = await payload.find({ collection, depth: 0, pagination: false, sort: 'id' })
  return docs as unknown as Record<string, unknown>[]
}

describe('the seeded 2014 report', () => {
  it('holds all 18 lectures, 2,610 attendances in all', async () => {
    const lectures = await all('lectures')
    expect(lectures).toHaveLength(18)
    expect(sum(lectures, 'attendance')).toBe(2610)
  })

  it('holds all 44 book-van visits, with 7,110 books and 10,550 readers', async () => {
    const visits = await all('van-visits')
    expect(visits).toHaveLength(44)
    expect(sum(visits, 'books')).toBe(7110)
    expect(sum(visits, 'readers')).toBe(10550)
  })

  it('holds all 15 reading-promotion activities, 5,300 participants', async () => {
    const activities = await all('reading-activities')
    expect(activities).toHaveLength(15)
    expect(sum(activities, 'participants')).toBe(5300)
  })

  it('holds the five exhibitions and the fifteen chronicle entries', async () => {
    expect(await all('exhibitions')).toHaveLength(5)
    expect(await all('chronicle')).toHaveLength(15)
  })

  it('keeps the multi-day ranges of the lecture table', async () => {
    const lectures = await all('lectures')
    const ranges = lectures.filter((l) => l.endDate).map((l) => `${day(l.startDate)}..${day(l.endDate)}`)
    expect(ranges).toEqual(
      expect.arrayContaining(['2014-02-10..2014-02-13', '2014-09-08..2014-09-14', '2014-12-01..2014-12-20']),
    )
  })

  it('sorts every van visit into one of the "seven into" categories or townships', async () => {
    const categories = new Set((await all('van-visits')).map((v) => v.category))
    expect([...categories].sort()).toEqual([...VAN_CATEGORIES].sort())
  })

  it('names the central library, the branches and the book van among the service points', async () => {
    const { docs } = await payload.find({ collection: 'service-points', pagination: false })
    const kinds = docs.map((point) => point.kind)
    expect(kinds.filter((kind) => kind === 'central')).toHaveLength(1)
    expect(kinds.filter((kind) => kind === 'branch')).toHaveLength(3)
    expect(kinds).toContain('mobile-van')
    expect(docs.map((point) => point.name)).toEqual(expect.arrayContaining(['白兔潭分馆', '王仙分馆', '阳三石分馆']))
  })

  it('has the profile, the opening rule and the 2014 figures', async () => {
    const profile = await payload.findGlobal({ slug: 'library-profile' })
    expect(profile).toMatchObject({ buildingOpened: 1980, floorArea: 3400, founded: 1930, freeAdmissionSince: '2011-12', renovated: 2010 })
    expect(profile.holdings?.total).toBe(750000)
    expect(profile.departments).toHaveLength(8)

    const hours = await payload.findGlobal({ slug: 'opening-hours' })
    expect(hours.holidayRule).toBe('open')
    const central = hours.schedules?.[0]
    expect(new Set(central?.weekly?.map((period) => period.day))).toEqual(new Set(WEEKDAYS))
    expect(central?.timesConfirmed).toBe(false)

    const statistics = await payload.findGlobal({ slug: 'statistics' })
    const year2014 = statistics.years?.find((row) => row.year === 2014)
    expect(year2014).toMatchObject({ booksBought: 8927, periodicalTitles: 76, visits: 400000 })
  })

  it('publishes the 2015 plan as announcements, with one pinned notice', async () => {
    const { docs } = await payload.find({ collection: 'news', pagination: false, where: { category: { equals: 'announcement' } } })
    expect(docs.length).toBeGreaterThanOrEqual(6)
    expect(docs.filter((item) => item.pinned)).toHaveLength(1)
  })

  it('has every item in English as well as Chinese', async () => {
    for (const collection of ['lectures', 'van-visits', 'reading-activities', 'exhibitions', 'chronicle', 'news', 'pages', 'service-points'] as const) {
      const { docs } = await payload.find({ collection, fallbackLocale: false, locale: 'en', pagination: false })
      const titleField = { chronicle: 'title', exhibitions: 'title', lectures: 'topic', news: 'title', pages: 'title', 'reading-activities': 'activity', 'service-points': 'name', 'van-visits': 'host' }[collection]
      const untranslated = docs.filter((doc) => !(doc as unknown as Record<string, unknown>)[titleField])
      expect(untranslated, `${collection} without English`).toEqual([])
    }
  })
})

describe("the report's errors, decided and noted", () => {
  it('stores 11月31日, which does not exist, as 30 November, and says so', async () => {
    const { docs } = await payload.find({ collection: 'reading-activities', pagination: false, where: { startDate: { equals: '2014-10-01T12:00:00.000Z' } } })
    const storytelling = docs.find((activity) => String(activity.editorNote).includes('11月31日'))
    expect(storytelling, 'the activity that the report dates to 11月31日').toBeDefined()
    expect(day(storytelling!.endDate)).toBe('2014-11-30')
  })

  it('gives loans as about 590,000 and keeps the other figure of 600,000 in the note', async () => {
    const statistics = await payload.findGlobal({ slug: 'statistics' })
    const year2014 = statistics.years?.find((row) => row.year === 2014)
    expect(year2014).toMatchObject({ loans: 590000, loansQualifier: 'about' })
    expect(year2014?.editorNote).toMatch(/60万|600,000|600000/)
  })

  it('keeps both ranges of the local-documents campaign, each noting the other', async () => {
    const { docs: activities } = await payload.find({ collection: 'reading-activities', pagination: false, where: { startDate: { equals: '2014-07-01T12:00:00.000Z' } } })
    const { docs: entries } = await payload.find({ collection: 'chronicle', pagination: false, where: { startDate: { equals: '2014-07-01T12:00:00.000Z' } } })
    expect(activities).toHaveLength(1)
    expect(entries).toHaveLength(1)
    expect(day(activities[0]!.endDate)).toBe('2014-11-30')
    expect(day(entries[0]!.endDate)).toBe('2014-12-31')
    expect(activities[0]!.editorNote).toMatch(/12月31日/)
    expect(entries[0]!.editorNote).toMatch(/11月30日/)
  })

  it("stores the staff figures as given and notes that they don't add up", async () => {
    const profile = await payload.findGlobal({ slug: 'library-profile' })
    expect(profile.staff).toMatchObject({ management: 2, professional: 4, seniorWorkers: 1, total: 9 })
    expect(profile.staff?.editorNote).toBeTruthy()
  })
})

describe('seeding again', () => {
  it('leaves what staff edited as they left it', async () => {
    const { docs } = await payload.find({ collection: 'lectures', limit: 1, sort: 'startDate' })
    const first = docs[0]!
    await payload.update({ id: first.id, collection: 'lectures', data: { note: '工作人员修改' } })
    await seed(payload, { log: () => {} })
    expect((await payload.findByID({ id: first.id, collection: 'lectures' })).note).toBe('工作人员修改')
  })

  it('changes nothing', async () => {
    const before = await payload.find({ collection: 'lectures', pagination: false, sort: 'id' })
    const profileBefore = await payload.findGlobal({ slug: 'library-profile' })
    const summary = await seed(payload, { log: () => {} })
    expect(summary.created).toBe(0)
    const after = await payload.find({ collection: 'lectures', pagination: false, sort: 'id' })
    expect(after.docs).toEqual(before.docs)
    expect((await payload.findGlobal({ slug: 'library-profile' })).updatedAt).toBe(profileBefore.updatedAt)
  })
})
