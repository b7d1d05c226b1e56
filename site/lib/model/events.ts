import { getCollection, type CollectionEntry } from 'astro:content'

import type { Locale, MessageKey } from '../../i18n'
import { t } from '../../i18n'
import { libraryDay } from '../dates'
import { richTextToHtml } from '../richText'
import { formatCount } from './counts'
import { pick, requiredText, type Text, text } from './text'

/** The four kinds of event, with the URL segment and interface strings of each. */
export const EVENT_KINDS = {
  exhibition: { label: 'events.exhibition', plural: 'events.exhibitions', segment: 'exhibitions' },
  lecture: { label: 'events.lecture', plural: 'events.lectures', segment: 'lectures' },
  'reading-activity': { label: 'events.readingActivity', plural: 'events.readingActivities', segment: 'reading-activities' },
  'van-visit': { label: 'events.vanVisit', plural: 'events.vanVisits', segment: 'van-visits' },
} as const satisfies Record<string, { label: MessageKey; plural: MessageKey; segment: string }>

export type EventKind = keyof typeof EVENT_KINDS
export const EVENT_KIND_LIST = Object.keys(EVENT_KINDS) as EventKind[]

export type EventFact = { label: MessageKey; value: Text | string }

/** An event of any kind, as the site shows it in one language. */
export type SiteEvent = {
  descriptionHtml?: string
  /** The language the description is written in: Chinese on an English page that has none of its own. */
  descriptionLang?: 'en' | 'zh-CN'
  editorNote?: Text
  end: string
  facts: EventFact[]
  kind: EventKind
  path: string
  place?: Text
  slug: string
  start: string
  summary?: Text
  title: Text
  updatedAt: string
}

const eventPath = (kind: EventKind, slug: string) => `/events/${EVENT_KINDS[kind].segment}/${slug}/`

/** Facts whose value is present, in the order given. */
const facts = (list: [MessageKey, Text | string | undefined | null][]): EventFact[] =>
  list.filter((entry): entry is [MessageKey, Text | string] => Boolean(entry[1])).map(([label, value]) => ({ label, value }))

function fromLecture({ data }: CollectionEntry<'lectures'>, locale: Locale): SiteEvent {
  return {
    editorNote: text(data.editorNote, locale),
    end: libraryDay(data.endDate ?? data.startDate),
    facts: facts([
      ['events.attendance', data.attendance != null ? formatCount(data.attendance, 'exact', locale) : undefined],
      ['events.speaker', text(data.speaker, locale)],
      ['events.audience', text(data.audience, locale)],
      ['events.note', text(data.note, locale)],
    ]),
    kind: 'lecture',
    path: eventPath('lecture', data.slug),
    place: text(data.venue, locale),
    slug: data.slug,
    start: libraryDay(data.startDate),
    title: requiredText(data.topic, locale, `Lecture ${data.slug}`),
    updatedAt: data.updatedAt,
  }
}

function fromExhibition({ data }: CollectionEntry<'exhibitions'>, locale: Locale): SiteEvent {
  const organisers = pick(data.organisers, locale)
  const description = pick(data.description, locale)
  return {
    descriptionHtml: richTextToHtml(description?.value),
    descriptionLang: description?.lang,
    editorNote: text(data.editorNote, locale),
    end: libraryDay(data.endDate ?? data.startDate),
    facts: facts([
      ['events.organisers', organisers && { ...organisers, value: organisers.value.join(locale === 'zh' ? '、' : ', ') }],
      ['events.worksSubmitted', data.worksSubmitted != null ? formatCount(data.worksSubmitted, data.worksSubmittedQualifier, locale) : undefined],
      ['events.worksShown', data.worksShown != null ? formatCount(data.worksShown, data.worksShownQualifier, locale) : undefined],
      ['events.visitors', data.visitors != null ? formatCount(data.visitors, data.visitorsQualifier, locale) : undefined],
    ]),
    kind: 'exhibition',
    path: eventPath('exhibition', data.slug),
    place: text(data.venue, locale),
    slug: data.slug,
    start: libraryDay(data.startDate),
    title: requiredText(data.title, locale, `Exhibition ${data.slug}`),
    updatedAt: data.updatedAt,
  }
}

function fromVanVisit({ data }: CollectionEntry<'vanVisits'>, locale: Locale): SiteEvent {
  const host = requiredText(data.host, locale, `Van visit ${data.slug}`)
  return {
    editorNote: text(data.editorNote, locale),
    end: libraryDay(data.date),
    facts: facts([
      ['events.category', t(locale, `van.${data.category}`)],
      ['events.books', data.books != null ? formatCount(data.books, 'exact', locale) : undefined],
      ['events.readers', data.readers != null ? formatCount(data.readers, 'exact', locale) : undefined],
    ]),
    kind: 'van-visit',
    path: eventPath('van-visit', data.slug),
    place: text(data.place, locale),
    slug: data.slug,
    start: libraryDay(data.date),
    title: { ...host, value: `${t(locale, 'events.vanVisit')} · ${host.value}` },
    updatedAt: data.updatedAt,
  }
}

function fromReadingActivity({ data }: CollectionEntry<'readingActivities'>, locale: Locale): SiteEvent {
  return {
    editorNote: text(data.editorNote, locale),
    end: libraryDay(data.endDate ?? data.startDate),
    facts: facts([
      ['events.audience', text(data.audience, locale)],
      ['events.participants', data.participants != null ? formatCount(data.participants, 'exact', locale) : undefined],
      ['events.outcome', text(data.outcome, locale)],
    ]),
    kind: 'reading-activity',
    path: eventPath('reading-activity', data.slug),
    place: text(data.audience, locale),
    slug: data.slug,
    start: libraryDay(data.startDate),
    summary: text(data.description, locale),
    title: requiredText(data.activity, locale, `Reading activity ${data.slug}`),
    updatedAt: data.updatedAt,
  }
}

/** Every event in one language, sorted by start day. */
export async function loadEvents(locale: Locale): Promise<SiteEvent[]> {
  const [lectures, exhibitions, vanVisits, activities] = await Promise.all([
    getCollection('lectures'),
    getCollection('exhibitions'),
    getCollection('vanVisits'),
    getCollection('readingActivities'),
  ])
  return [
    ...lectures.map((entry) => fromLecture(entry, locale)),
    ...exhibitions.map((entry) => fromExhibition(entry, locale)),
    ...vanVisits.map((entry) => fromVanVisit(entry, locale)),
    ...activities.map((entry) => fromReadingActivity(entry, locale)),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug))
}

/** Upcoming events (not yet ended on `today`), soonest first; and past ones, latest first. */
export function splitByToday(events: SiteEvent[], today: string): { past: SiteEvent[]; upcoming: SiteEvent[] } {
  const upcoming = events.filter((event) => event.end >= today)
  const past = events.filter((event) => event.end < today).reverse()
  return { past, upcoming }
}

/** The months (YYYY-MM) an event spans. */
export function monthsOf(event: SiteEvent): string[] {
  const months: string[] = []
  for (let month = event.start.slice(0, 7); month <= event.end.slice(0, 7); ) {
    months.push(month)
    const [year, m] = month.split('-').map(Number) as [number, number]
    month = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  }
  return months
}
