/** getStaticPaths for the events pages: the calendar under each filter, and one page (and .ics) per event. */
import { type Locale, LOCALES } from '../i18n'
import { monthsByYear } from './eventCalendar'
import { langParam } from './locale'
import { EVENT_KIND_LIST, EVENT_KINDS, type EventKind, loadEvents, type SiteEvent } from './model/events'

/** What a calendar page is given: its language and its filter. */
export type CalendarPageProps = { kind?: EventKind; locale: Locale; month?: string }

/**
 * The calendar's pages for one route file: with or without a kind, with or without a month.
 * Every kind is paired with every month that has any event, so each filter link has a page,
 * even one that says nothing matches.
 */
export async function calendarPaths({ byKind, byMonth }: { byKind: boolean; byMonth: boolean }) {
  const months = monthsByYear(await loadEvents('zh')).flatMap((year) => year.months)
  const kinds: (EventKind | undefined)[] = byKind ? EVENT_KIND_LIST : [undefined]
  return LOCALES.flatMap((locale) =>
    kinds.flatMap((kind) =>
      (byMonth ? months : [undefined]).map((month) => ({
        params: { lang: langParam(locale), ...(kind && { kind: EVENT_KINDS[kind].segment }), ...(month && { month }) },
        props: { kind, locale, month } satisfies CalendarPageProps,
      })),
    ),
  )
}

/** One page per event and language; the event's .ics file uses the same paths. */
export async function eventPaths() {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) =>
      (await loadEvents(locale)).map((event) => ({
        params: { kind: EVENT_KINDS[event.kind].segment, lang: langParam(locale), slug: event.slug },
        props: { event, locale } satisfies { event: SiteEvent; locale: Locale },
      })),
    ),
  )
  return perLocale.flat()
}
