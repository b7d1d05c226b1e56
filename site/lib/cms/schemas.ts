/**
 * The shapes of CMS documents as the site reads them: every localized field arrives with all
 * its languages (`{ zh, en }`), as Payload returns it for `locale=all`. `contract.ts` checks
 * that every field read here exists in the CMS's generated types.
 */
import { z } from 'astro/zod'

import {
  BORROW_ANYWHERE_STATUSES,
  CHRONICLE_RELATED,
  HOLIDAY_RULES,
  NEWS_CATEGORIES,
  QUALIFIERS,
  SERVICE_POINT_KINDS,
  VAN_CATEGORIES,
  WEEKDAYS,
} from '../../../cms/fields/choices'
import { localized, localText } from './localized'

const text = z.string().nullish()
const count = z.number().nullish()
const qualifier = z.enum(QUALIFIERS).nullish()
const isoDate = z.string()

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
  category: z.enum(NEWS_CATEGORIES),
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
  category: z.enum(VAN_CATEGORIES),
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
    .array(z.object({ relationTo: z.enum(CHRONICLE_RELATED), value: z.object({ id: z.union([z.number(), z.string()]), slug: z.string().nullish() }).loose() }))
    .nullish(),
  title: localText,
})

export const servicePoint = z.object({
  ...base,
  address: localText,
  borrowAnywhereReturnAnywhere: z.enum(BORROW_ANYWHERE_STATUSES).nullish(),
  description: localText,
  hours: localText,
  kind: z.enum(SERVICE_POINT_KINDS),
  locationCodes: z.array(z.string()).nullish(),
  name: localText,
})

export const page = z.object({ ...base, body: richText, summary: localText, title: localText })

const period = z.object({ closes: z.string(), day: z.enum(WEEKDAYS), opens: z.string() })
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
  holidayRule: z.enum(HOLIDAY_RULES).nullish(),
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
      z.object({
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
      }),
    )
    .nullish(),
})

export const libraryProfile = z.object({
  buildingOpened: count,
  contact: z.object({ email: text, phone: text, streetAddress: localText }).nullish(),
  departments: z.array(z.object({ description: localText, name: localText })).nullish(),
  editorNote: localText,
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
      editorNote: localText,
      management: count,
      professional: count,
      professionalIntermediate: count,
      professionalJunior: count,
      seniorWorkers: count,
      total: count,
    })
    .nullish(),
  unitType: localText,
})
