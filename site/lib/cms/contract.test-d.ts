/**
 * Type tests of the contract between the site's schemas and the CMS's generated types. They are
 * checked by `tsc --noEmit` (`npm run check`, part of `npm test`) and never run. Each
 * `@ts-expect-error` fails the check when the line under it compiles, so a contract that let
 * everything through would fail here.
 */
import { z } from 'astro/zod'
import { expectTypeOf } from 'vitest'

import type { Media, News } from '../../../cms/payload-types'
import { cmsCollection, cmsGlobal, cmsSchema, type FieldsMissingInCms, type MissingFields } from './contract'
import { localText } from './localized'
import * as schema from './schemas'

// The site's schemas read only fields the CMS has.
expectTypeOf<FieldsMissingInCms<'chronicle', typeof schema.chronicleEntry>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'exhibitions', typeof schema.exhibition>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'lectures', typeof schema.lecture>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'media', typeof schema.media>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'news', typeof schema.news>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'pages', typeof schema.page>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'reading-activities', typeof schema.readingActivity>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'service-points', typeof schema.servicePoint>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'van-visits', typeof schema.vanVisit>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'library-profile', typeof schema.libraryProfile>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'opening-hours', typeof schema.openingHours>>().toBeNever()
expectTypeOf<FieldsMissingInCms<'statistics', typeof schema.statistics>>().toBeNever()
cmsCollection('news', schema.news)
cmsGlobal('opening-hours', schema.openingHours)

// A field renamed on the site's side only is named, wherever it is: at the top…
const newsWithTypo = z.object({ slug: z.string(), titel: localText })
expectTypeOf<FieldsMissingInCms<'news', typeof newsWithTypo>>().toEqualTypeOf<'news.titel'>()
// @ts-expect-error the CMS's news have no field `titel`
cmsCollection('news', newsWithTypo)

// …in a group…
const profileWithTypo = z.object({ contact: z.object({ email: z.string(), streetAdress: localText }) })
expectTypeOf<FieldsMissingInCms<'library-profile', typeof profileWithTypo>>().toEqualTypeOf<'library-profile.contact.streetAdress'>()
// @ts-expect-error the profile's contact group has no field `streetAdress`
cmsGlobal('library-profile', profileWithTypo)

// …in the rows of an array inside an array…
const hoursWithTypo = z.object({ schedules: z.array(z.object({ weekly: z.array(z.object({ opens: z.string(), weekday: z.string() })) })) })
expectTypeOf<FieldsMissingInCms<'opening-hours', typeof hoursWithTypo>>().toEqualTypeOf<'opening-hours.schedules.weekly.weekday'>()
// @ts-expect-error the weekly periods have no field `weekday`
cmsGlobal('opening-hours', hoursWithTypo)

// …and in a related document.
const coverWithTypo = z.object({ cover: z.object({ altText: localText, filename: z.string() }).nullish() })
expectTypeOf<FieldsMissingInCms<'news', typeof coverWithTypo>>().toEqualTypeOf<'news.cover.altText'>()
// @ts-expect-error images have no field `altText`
cmsSchema('news', coverWithTypo)

// A field renamed or removed in the CMS only: the site's schema still reads it.
type NewsWithoutSummary = Omit<News, 'summary'> & { abstract?: string | null }
expectTypeOf<MissingFields<z.output<typeof schema.news>, NewsWithoutSummary, 'news'>>().toEqualTypeOf<'news.summary'>()
type MediaWithoutAlt = Omit<Media, 'alt'>
expectTypeOf<MissingFields<z.output<typeof schema.news>, Omit<News, 'cover'> & { cover?: number | MediaWithoutAlt | null }, 'news'>>().toEqualTypeOf<'news.cover.alt'>()

// A schema checked against another collection or global fails.
// @ts-expect-error pages have no category, cover, pinned or publishedAt
cmsCollection('pages', schema.news)
// @ts-expect-error the statistics have no profile fields
cmsGlobal('statistics', schema.libraryProfile)
