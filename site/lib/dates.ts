import { libraryDay, LIBRARY_TIME_ZONE } from '../../shared/calendar'
import { siteToday as fixedToday } from '../../shared/settings'
import type { Locale } from '../i18n'
import { INTL_LOCALE } from './locale'

export { libraryDay }

/**
 * The day the site treats as today: `SITE_TODAY` (YYYY-MM-DD) when set, for tests and
 * previews; otherwise today in the library's time zone.
 */
export function siteToday(): string {
  return fixedToday() ?? libraryDay(new Date())
}

const noonUtc = (day: string) => new Date(`${day}T12:00:00Z`)

const dayFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: LIBRARY_TIME_ZONE, ...options })

/** A day in words: 2014年3月22日 / March 22, 2014. */
export const formatDay = (iso: string, locale: Locale) => dayFormat(locale, { dateStyle: 'long' }).format(noonUtc(libraryDay(iso)))

/** A day with its weekday: 2014年3月22日星期六 / Saturday, March 22, 2014. */
export const formatDayWithWeekday = (iso: string, locale: Locale) =>
  dayFormat(locale, { dateStyle: 'full' }).format(noonUtc(libraryDay(iso)))

/** One day or a range: 2014年2月10日至13日 / February 10 – 13, 2014. */
export function formatDayRange(start: string, end: string | null | undefined, locale: Locale): string {
  const from = libraryDay(start)
  const to = end ? libraryDay(end) : from
  if (to === from) return formatDay(from, locale)
  if (locale === 'zh') {
    // Node's ICU gives zh-CN ranges as 2014/12/1 – 2014/12/20; written Chinese says 2014年12月1日至20日.
    const end = from.slice(0, 7) === to.slice(0, 7) ? { day: 'numeric' } : from.slice(0, 4) === to.slice(0, 4) ? { day: 'numeric', month: 'long' } : { dateStyle: 'long' }
    return `${formatDay(from, locale)}至${dayFormat(locale, end as Intl.DateTimeFormatOptions).format(noonUtc(to))}`
  }
  return dayFormat(locale, { dateStyle: 'long' }).formatRange(noonUtc(from), noonUtc(to))
}

/** A month in words: 2014年3月 / March 2014. */
export const formatMonth = (month: string, locale: Locale) =>
  dayFormat(locale, { month: 'long', year: 'numeric' }).format(noonUtc(`${month}-15`))

/** A number with the locale's grouping: 10,550. */
export const formatNumber = (value: number, locale: Locale) => new Intl.NumberFormat(INTL_LOCALE[locale]).format(value)

/** Every day from `start` to `end` inclusive, as YYYY-MM-DD. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = []
  for (let day = noonUtc(start); libraryDay(day) <= end; day = new Date(day.getTime() + 86_400_000)) days.push(libraryDay(day))
  return days
}
