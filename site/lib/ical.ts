/** Events as iCalendar (RFC 5545) files, through ical-generator. Pure: the pages pass in the events. */
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator'

import { LIBRARY_TIME_ZONE } from '../../shared/calendar'
import { withoutControlCharacters } from '../../shared/controlCharacters'
import { t, type Locale } from '../i18n'
import { href, LABEL_SEPARATOR } from './locale'
import { EVENT_KINDS, type SiteEvent } from './model/events'

export type CalendarOptions = {
  locale: Locale
  /** A name for a calendar to subscribe to; left out of a single event's file, which is imported, not subscribed to. */
  name?: string
  /** The site's address (Astro's `site`), for absolute links. */
  site: URL
}

/** The event's UID: the same in every build and both languages, so calendars update it instead of doubling it. */
export const eventUid = (event: SiteEvent) => `${event.kind}-${event.slug}@liling-library`

/** The day after a YYYY-MM-DD day, as a UTC midnight: all-day DTEND is exclusive. */
function dayAfter(day: string): Date {
  const date = utcDay(day)
  date.setUTCDate(date.getUTCDate() + 1)
  return date
}

/** A YYYY-MM-DD day as a UTC midnight, which ical-generator writes as that DATE when no time zone is set. */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`)

/** Rich text's HTML as plain text for DESCRIPTION: paragraphs on their own lines, entities decoded. */
export function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', nbsp: ' ', quot: '"' }
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h\d|li|blockquote)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      return entities[name.toLowerCase()] ?? whole
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function description(event: SiteEvent, locale: Locale, url: string): string {
  const body = event.summary?.value ?? (event.descriptionHtml ? htmlToText(event.descriptionHtml) : '')
  const facts = event.facts.map((fact) => `${t(locale, fact.label)}${LABEL_SEPARATOR[locale]}${typeof fact.value === 'string' ? fact.value : fact.value.value}`)
  return [body, facts.join('\n'), url].filter(Boolean).join('\n\n')
}

/**
 * An iCalendar file of `events` in one language: all-day DATE events (DTEND the day after the
 * last day), DTSTAMP and LAST-MODIFIED from the CMS's `updatedAt`, and the library's time zone.
 */
export function eventsToIcs(events: SiteEvent[], { locale, name, site }: CalendarOptions): string {
  const calendar = ical({
    method: ICalCalendarMethod.PUBLISH,
    name: name ?? null,
    prodId: { company: 'Liling City Library', language: locale === 'zh' ? 'ZH' : 'EN', product: 'Events' },
    url: new URL(href(locale, '/events/'), site).href,
  })
  for (const event of events) {
    const url = new URL(href(locale, event.path), site).href
    calendar.createEvent({
      allDay: true,
      categories: [{ name: t(locale, EVENT_KINDS[event.kind].label) }],
      description: description(event, locale, url),
      end: dayAfter(event.end),
      id: eventUid(event),
      lastModified: new Date(event.updatedAt),
      location: event.place?.value ?? null,
      stamp: new Date(event.updatedAt),
      start: utcDay(event.start),
      summary: event.title.value,
      transparency: ICalEventTransparency.TRANSPARENT,
      url,
    })
  }
  // Setting ical-generator's calendar time zone would turn DTSTAMP into local time, which RFC 5545
  // forbids, and its custom properties land after the events, where calendar properties may not go:
  // so the time zone line goes in by hand, right after the calendar's own properties.
  const ics = calendar.toString().replace(/\r\n(BEGIN:VEVENT|END:VCALENDAR)/, `\r\nX-WR-TIMEZONE:${LIBRARY_TIME_ZONE}\r\n$1`)
  // The CMS strips control characters on save, but text stored before that or written around it
  // must not make the file invalid: RFC 5545 allows none of them in a line.
  return withoutControlCharacters(ics)
}
