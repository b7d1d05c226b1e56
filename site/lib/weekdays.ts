/** The week as a timetable: Monday first, each day named through Intl in the page's language. */
import { type Weekday, WEEKDAYS } from '../../cms/fields/choices'
import type { Locale } from '../i18n'
import type { Period, WeeklyPeriod } from '../client/hours'
import { INTL_LOCALE } from './locale'

// 2024-01-01 was a Monday: the days after it give each weekday a date to format.
const dateOf = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12))

/** A weekday's name in `locale`: 星期一 / Monday. */
export const weekdayName = (day: Weekday, locale: Locale): string =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', weekday: 'long' }).format(dateOf(day))

/** Seven rows from Monday, each with the day's name and its opening periods in time order (none when closed). */
export function weekRows(weekly: WeeklyPeriod[], locale: Locale): { day: Weekday; name: string; periods: Period[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    name: weekdayName(day, locale),
    periods: weekly
      .filter((period) => period.day === day)
      .map(({ closes, opens }) => ({ closes, opens }))
      .sort((a, b) => a.opens.localeCompare(b.opens)),
  }))
}
