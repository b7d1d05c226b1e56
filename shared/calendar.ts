/** Calendar days in the library's time zone. Pure: used by the CMS, the site build and the browser. */

export const LIBRARY_TIME_ZONE = 'Asia/Shanghai'

/** True when `year-month-day` is a day of the calendar (2014-11-31 is not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day))
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
}

/**
 * The calendar day (YYYY-MM-DD) a date value falls on in the library's time zone. A bare
 * `YYYY-MM-DD` is taken as that day.
 */
export function libraryDay(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: LIBRARY_TIME_ZONE, year: 'numeric' }).format(
    new Date(value),
  )
}
