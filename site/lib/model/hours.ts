import { getCollection, getEntry } from 'astro:content'
import chineseDays from 'chinese-days'

import type { HolidayRule } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { libraryDay, siteToday } from '../dates'
import type { Holiday, HoursData, Period, WeeklyPeriod } from '../../client/hours'
import { nextDay } from '../../client/hours'
import { type Text, text } from './text'

/** How far ahead holidays are shipped with a page: it stays right for a year after its build. */
const HOLIDAY_WINDOW_DAYS = 400

export type Schedule = {
  confirmed: boolean
  label: Text | undefined
  note: Text | undefined
  room: Text | undefined
  servicePointSlug: string | undefined
  weekly: WeeklyPeriod[]
}

export type ScheduleException = {
  closed: boolean
  end: string
  periods: Period[]
  reason: Text | undefined
  servicePointSlug: string | undefined
  start: string
}

export type LibraryHours = {
  exceptions: ScheduleException[]
  holidayNote: Text | undefined
  holidayRule: HolidayRule
  schedules: Schedule[]
}

type Reference = number | string | { id: number | string; slug?: string | null } | null | undefined

async function slugOfServicePoint(reference: Reference): Promise<string | undefined> {
  if (reference == null) return undefined
  if (typeof reference === 'object') return reference.slug ?? undefined
  const points = await getCollection('servicePoints')
  return points.find((point) => String(point.data.id) === String(reference))?.data.slug
}

/** The opening hours of every service point and room, in one language. */
export async function loadHours(locale: Locale): Promise<LibraryHours> {
  const data = (await getEntry('openingHours', 'global'))?.data
  const schedules = await Promise.all(
    (data?.schedules ?? []).map(async (schedule) => ({
      confirmed: Boolean(schedule.timesConfirmed),
      label: text(schedule.label, locale),
      note: text(schedule.note, locale),
      room: text(schedule.room, locale),
      servicePointSlug: await slugOfServicePoint(schedule.servicePoint),
      weekly: schedule.weekly ?? [],
    })),
  )
  const exceptions = await Promise.all(
    (data?.exceptions ?? []).map(async (exception) => ({
      closed: exception.closed !== false,
      end: libraryDay(exception.endDate ?? exception.startDate),
      periods: exception.opens && exception.closes ? [{ closes: exception.closes, opens: exception.opens }] : [],
      reason: text(exception.reason, locale),
      servicePointSlug: await slugOfServicePoint(exception.servicePoint),
      start: libraryDay(exception.startDate),
    })),
  )
  return { exceptions, holidayNote: text(data?.holidayNote, locale), holidayRule: data?.holidayRule ?? 'open', schedules }
}

/** China's public holidays from `from` for a year ahead, named in `locale` (from the chinese-days package). */
export function holidaysFrom(from: string, locale: Locale): Holiday[] {
  let until = from
  for (let i = 0; i < HOLIDAY_WINDOW_DAYS; i += 1) until = nextDay(until)
  return chineseDays.getHolidaysInRange(from, until, false).map((day) => {
    const [english, chinese] = chineseDays.getDayDetail(day).name.split(',')
    return { day, name: (locale === 'zh' ? chinese : english) ?? '' }
  })
}

/** The central library's main schedule: the one for the central service point without a room. */
export function mainSchedule(hours: LibraryHours, centralSlug: string | undefined): Schedule | undefined {
  return (
    hours.schedules.find((s) => s.servicePointSlug === centralSlug && !s.room) ??
    hours.schedules.find((s) => !s.servicePointSlug && !s.room) ??
    hours.schedules[0]
  )
}

/** What the browser needs to tell whether a service point is open, from the day the page is built. */
export function hoursDataFor(hours: LibraryHours, schedule: Schedule, locale: Locale): HoursData {
  const today = siteToday()
  return {
    exceptions: hours.exceptions
      .filter((e) => !e.servicePointSlug || e.servicePointSlug === schedule.servicePointSlug)
      .filter((e) => e.end >= today)
      .map((e) => ({ closed: e.closed, end: e.end, periods: e.periods, reason: e.reason?.value ?? '', start: e.start })),
    holidayRule: hours.holidayRule,
    holidays: holidaysFrom(today, locale),
    weekly: schedule.weekly,
  }
}
