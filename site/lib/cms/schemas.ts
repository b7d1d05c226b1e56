/**
 * The shapes of CMS documents as the site reads them: every localized field arrives with all
 * its languages (`{ zh, en }`), as Payload returns it for `locale=all`.
 */
import { z } from 'astro/zod'

const text = z.string().nullish()
const count = z.number().nullish()
const qualifier = z.enum(['exact', 'about', 'over']).nullish()
const isoDate = z.string()

/** A localized value: Chinese always, English when staff wrote it. */
export const localized = <T extends z.ZodType>(value: T) =>
  z.object({ en: value.nullish(), zh: value.nullish() }).partial().nullish()

const localText = localized(z.string())
const richText = localized(z.record(z.string(), z.unknown()))

const base = {
  editorNote: localText,
  id: z.union([z.number(), z.string()]),
  slug: z.string(),
  updatedAt: isoDate,
}

const range = { endDate: isoDate.nullish(), startDate: isoDate }

export const media = z.object({
  alt: localText,
  caption: localText,
  filename: z.string(),
  height: z.number(),
  id: z.union([z.number(), z.string()]),
  mimeType: z.string(),
  url: text,
  width: z.number(),
})

export const news = z.object({
  ...base,
  body: richText,
  category: z.enum(['announcement', 'news']),
  cover: media.nullish().catch(null),
  pinned: z.boolean().nullish(),
  publishedAt: isoDate.nullish(),
  summary: localText,
  title: localText,
})

export const lecture = z.object({
  ...base,
  ...range,
  attendance: count,
  audience: localText,
  note: localText,
  speaker: localText,
  topic: localText,
  venue: localText,
})

export const exhibition = z.object({
  ...base,
  ...range,
  description: richText,
  images: z.array(media).nullish().catch([]),
  organisers: localized(z.array(z.string())),
  title: localText,
  venue: localText,
  visitors: count,
  visitorsQualifier: qualifier,
  worksShown: count,
  worksShownQualifier: qualifier,
  worksSubmitted: count,
  worksSubmittedQualifier: qualifier,
})

export const vanVisit = z.object({
  ...base,
  books: count,
  category: z.enum(['community', 'school', 'government', 'enterprise', 'village', 'army', 'family', 'township']),
  date: isoDate,
  host: localText,
  place: localText,
  readers: count,
})

export const readingActivity = z.object({
  ...base,
  ...range,
  activity: localText,
  audience: localText,
  description: localText,
  outcome: localText,
  participants: count,
})

export const chronicleEntry = z.object({
  ...base,
  ...range,
  body: richText,
  relatedItems: z
    .array(z.object({ relationTo: z.string(), value: z.object({ id: z.union([z.number(), z.string()]), slug: z.string().nullish() }).loose() }))
    .nullish(),
  title: localText,
})

export const servicePoint = z.object({
  ...base,
  address: localText,
  borrowAnywhereReturnAnywhere: z.enum(['member', 'pilot', 'no']).nullish(),
  description: localText,
  hours: localText,
  kind: z.enum(['central', 'branch', 'village-bookshop', 'circulation-point', 'mobile-van']),
  name: localText,
})

export const page = z.object({ ...base, body: richText, summary: localText, title: localText })

const period = z.object({ closes: z.string(), day: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), opens: z.string() })
const reference = z.union([z.number(), z.string(), z.object({ id: z.union([z.number(), z.string()]), slug: z.string().nullish() }).loose()])

export const openingHours = z.object({
  exceptions: z
    .array(
      z.object({
        ...range,
        closed: z.boolean().nullish(),
        closes: text,
        opens: text,
        reason: localText,
        servicePoint: reference.nullish(),
      }),
    )
    .nullish(),
  holidayNote: localText,
  holidayRule: z.enum(['open', 'closed']).nullish(),
  schedules: z
    .array(
      z.object({
        label: localText,
        note: localText,
        room: localText,
        servicePoint: reference.nullish(),
        timesConfirmed: z.boolean().nullish(),
        weekly: z.array(period).nullish(),
      }),
    )
    .nullish(),
})

const figureRow = z.object({ label: localText, qualifier, unit: localText, value: z.number() })

export const statistics = z.object({
  years: z
    .array(
      z
        .object({
          activityParticipants: count,
          activityParticipantsQualifier: qualifier,
          booksBought: count,
          booksBoughtQualifier: qualifier,
          editorNote: localText,
          holdings: count,
          holdingsQualifier: qualifier,
          loans: count,
          loansQualifier: qualifier,
          newReaderCards: count,
          newReaderCardsQualifier: qualifier,
          otherFigures: z.array(figureRow).nullish(),
          periodicalCopies: count,
          periodicalTitles: count,
          visits: count,
          visitsQualifier: qualifier,
          year: z.number(),
        })
        .loose(),
    )
    .nullish(),
})

export const libraryProfile = z
  .object({
    buildingOpened: count,
    contact: z.object({ email: text, phone: text, streetAddress: localText }).nullish(),
    departments: z.array(z.object({ description: localText, name: localText })).nullish(),
    floorArea: count,
    founded: count,
    freeAdmissionSince: text,
    holdings: z
      .object({ asOf: isoDate.nullish(), inBranchesAndVillageBookshops: count, periodicalsAndNewspapers: count, total: count })
      .nullish(),
    honours: z.array(z.object({ title: localText, year: count })).nullish(),
    leadership: z.array(z.object({ name: localText, role: localText })).nullish(),
    location: localText,
    name: localText,
    parentBody: localText,
    readingRooms: count,
    renovated: count,
    servicePhilosophy: localText,
    staff: z
      .object({
        management: count,
        professional: count,
        professionalIntermediate: count,
        professionalJunior: count,
        seniorWorkers: count,
        total: count,
      })
      .loose()
      .nullish(),
    unitType: localText,
  })
  .loose()
