/** The events calendar's filters (by kind, by month) and its grouping by month. Pure. */
import { EVENT_KINDS, type EventKind, monthsOf, type SiteEvent } from './model/events'

/** What the calendar shows: every event, or one kind, or one month (YYYY-MM), or both. */
export type CalendarFilter = { kind?: EventKind; month?: string }

/** The address of the calendar under `filter`, as in Chinese: /events/lectures/month/2014-03/. */
export function calendarPath({ kind, month }: CalendarFilter): string {
  return `/events/${kind ? `${EVENT_KINDS[kind].segment}/` : ''}${month ? `month/${month}/` : ''}`
}

/** The events `filter` lets through; an event spanning several months belongs to each of them. */
export function filterEvents(events: SiteEvent[], { kind, month }: CalendarFilter): SiteEvent[] {
  return events.filter((event) => (!kind || event.kind === kind) && (!month || monthsOf(event).includes(month)))
}

/** Every month that has an event, newest first, grouped by year (newest year first). */
export function monthsByYear(events: SiteEvent[]): { months: string[]; year: string }[] {
  const months = [...new Set(events.flatMap(monthsOf))].sort().reverse()
  const years = new Map<string, string[]>()
  for (const month of months) years.set(month.slice(0, 4), [...(years.get(month.slice(0, 4)) ?? []), month])
  return [...years].map(([year, list]) => ({ months: list, year }))
}

/**
 * The events in runs by month, keeping their order: each event under the month it starts in,
 * or all under `month` when the calendar shows a single month.
 */
export function groupByMonth(events: SiteEvent[], month?: string): { events: SiteEvent[]; month: string }[] {
  const groups = new Map<string, SiteEvent[]>()
  for (const event of events) {
    const key = month ?? event.start.slice(0, 7)
    groups.set(key, [...(groups.get(key) ?? []), event])
  }
  return [...groups].map(([key, list]) => ({ events: list, month: key }))
}
