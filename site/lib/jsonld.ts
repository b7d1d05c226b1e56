/** schema.org descriptions of the library, its events and its news, for search engines. */
import { getCollection, getEntry } from 'astro:content'

import { t, type Locale } from '../i18n'
import { siteToday } from './dates'
import { HTML_LANG, href } from './locale'
import type { SiteEvent } from './model/events'
import { loadHours, mainSchedule } from './model/hours'
import type { SiteNews } from './model/news'
import { text } from './model/text'

const DAY_NAMES = { fri: 'Friday', mon: 'Monday', sat: 'Saturday', sun: 'Sunday', thu: 'Thursday', tue: 'Tuesday', wed: 'Wednesday' } as const

type JsonLd = Record<string, unknown>

async function libraryReference(locale: Locale, site: URL): Promise<JsonLd> {
  const profile = (await getEntry('libraryProfile', 'global'))?.data
  return {
    '@type': 'Library',
    name: text(profile?.name, locale)?.value ?? t(locale, 'site.name'),
    url: new URL(href(locale, '/'), site).href,
  }
}

/** The library: where it is, when it opens, and its dated closures and changed hours. */
export async function libraryJsonLd(locale: Locale, site: URL): Promise<JsonLd> {
  const profile = (await getEntry('libraryProfile', 'global'))?.data
  const central = (await getCollection('servicePoints')).find((point) => point.data.kind === 'central')?.data
  const hours = await loadHours(locale)
  const schedule = mainSchedule(hours, central?.slug)
  const byHours = new Map<string, string[]>()
  for (const period of schedule?.weekly ?? []) {
    const key = `${period.opens}-${period.closes}`
    byHours.set(key, [...(byHours.get(key) ?? []), `https://schema.org/${DAY_NAMES[period.day]}`])
  }
  const today = siteToday()
  return {
    '@context': 'https://schema.org',
    ...(await libraryReference(locale, site)),
    address: { '@type': 'PostalAddress', addressCountry: 'CN', addressLocality: locale === 'zh' ? '醴陵市' : 'Liling', addressRegion: locale === 'zh' ? '湖南省' : 'Hunan', streetAddress: text(profile?.contact?.streetAddress, locale)?.value },
    description: t(locale, 'site.description'),
    foundingDate: profile?.founded ? String(profile.founded) : undefined,
    inLanguage: HTML_LANG[locale],
    isAccessibleForFree: true,
    openingHoursSpecification: [...byHours].map(([key, dayOfWeek]) => {
      const [opens, closes] = key.split('-')
      return { '@type': 'OpeningHoursSpecification', closes, dayOfWeek, opens }
    }),
    specialOpeningHoursSpecification: hours.exceptions
      .filter((exception) => exception.end >= today && (!exception.servicePointSlug || exception.servicePointSlug === central?.slug))
      .map((exception) => ({
        '@type': 'OpeningHoursSpecification',
        closes: exception.closed ? '00:00' : exception.periods[0]?.closes,
        description: exception.reason?.value,
        opens: exception.closed ? '00:00' : exception.periods[0]?.opens,
        validFrom: exception.start,
        validThrough: exception.end,
      })),
    telephone: profile?.contact?.phone ?? undefined,
  }
}

const EVENT_TYPES = { exhibition: 'ExhibitionEvent', lecture: 'EducationEvent', 'reading-activity': 'Event', 'van-visit': 'Event' } as const

/** One event. */
export async function eventJsonLd(event: SiteEvent, locale: Locale, site: URL): Promise<JsonLd> {
  return {
    '@context': 'https://schema.org',
    '@type': EVENT_TYPES[event.kind],
    endDate: event.end,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    inLanguage: HTML_LANG[locale],
    isAccessibleForFree: true,
    location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'CN', addressLocality: locale === 'zh' ? '醴陵市' : 'Liling' }, name: event.place?.value ?? t(locale, 'site.name') },
    name: event.title.value,
    organizer: await libraryReference(locale, site),
    startDate: event.start,
    url: new URL(href(locale, event.path), site).href,
  }
}

/** One news item. */
export async function newsJsonLd(item: SiteNews, locale: Locale, site: URL): Promise<JsonLd> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    dateModified: item.updatedAt,
    datePublished: item.publishedAt,
    description: item.summary?.value,
    headline: item.title.value,
    inLanguage: item.title.lang,
    mainEntityOfPage: new URL(href(locale, item.path), site).href,
    publisher: await libraryReference(locale, site),
  }
}
