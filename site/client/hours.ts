/**
 * Opening hours as the browser needs them to say "open now, until 17:00" or "closed, opens
 * tomorrow at 09:00" from its own clock, on a page built days earlier. Pure and small: it is
 * shipped to the browser with the home and visit pages. All times are Beijing time.
 */
import { type HolidayRule, type Weekday, WEEKDAYS } from '../../cms/fields/choices'

export type Period = { closes: string; opens: string }
export type WeeklyPeriod = Period & { day: Weekday }
export type Closure = { closed: boolean; end: string; periods: Period[]; reason: string; start: string }
export type Holiday = { day: string; name: string }

/** Everything needed to know when one service point is open. */
export type HoursData = {
  exceptions: Closure[]
  holidayRule: HolidayRule
  holidays: Holiday[]
  weekly: WeeklyPeriod[]
}

export type DayHours = { holiday?: string; periods: Period[]; reason?: string }

export type Status =
  | { holiday?: string; open: true; until: string }
  | { next?: { day: string; time: string }; open: false; reason?: string }

const LOOKAHEAD_DAYS = 14

// getUTCDay counts from Sunday; the CMS's week starts on Monday.
const weekdayOf = (day: string): Weekday => WEEKDAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7]!

/** The day after `day` (YYYY-MM-DD). */
export const nextDay = (day: string): string => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** The hours of one day: a dated exception wins, then the holiday rule, then the weekly schedule. */
export function hoursOn(data: HoursData, day: string): DayHours {
  const holiday = data.holidays.find((h) => h.day === day)?.name
  const exception = data.exceptions.find((e) => e.start <= day && day <= e.end)
  if (exception) return { holiday, periods: exception.closed ? [] : exception.periods, reason: exception.reason }
  if (holiday && data.holidayRule === 'closed') return { holiday, periods: [] }
  const weekday = weekdayOf(day)
  const periods = data.weekly
    .filter((p) => p.day === weekday)
    .map(({ closes, opens }) => ({ closes, opens }))
    .sort((a, b) => a.opens.localeCompare(b.opens))
  return { holiday, periods }
}

/** Whether the library is open at `time` (HH:MM) on `day`, and until when, or when it opens next. */
export function statusAt(data: HoursData, day: string, time: string): Status {
  const today = hoursOn(data, day)
  const current = today.periods.find((p) => p.opens <= time && time < p.closes)
  if (current) return { holiday: today.holiday, open: true, until: current.closes }
  const laterToday = today.periods.find((p) => p.opens > time)
  if (laterToday) return { next: { day, time: laterToday.opens }, open: false, reason: today.reason }
  let probe = day
  for (let i = 0; i < LOOKAHEAD_DAYS; i += 1) {
    probe = nextDay(probe)
    const first = hoursOn(data, probe).periods[0]
    if (first) return { next: { day: probe, time: first.opens }, open: false, reason: today.reason }
  }
  return { open: false, reason: today.reason }
}

/** The day (YYYY-MM-DD) and time (HH:MM) of an instant in Beijing. */
export function beijingNow(instant: Date): { day: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}
