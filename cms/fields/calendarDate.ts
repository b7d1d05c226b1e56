import type { DateField, DateFieldValidation, FieldHook } from 'payload'
import { date } from 'payload/shared'

import { isRealDay, libraryDay } from '../../shared/calendar'
import { type Bilingual, inLanguageOf } from './labels'

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/**
 * Stores a day as 12:00 UTC of that day, as the admin's date picker does: the same calendar
 * day in Shanghai and in UTC, whoever reads it.
 */
export const toStoredDay = (value: string | Date): string => `${libraryDay(value)}T12:00:00.000Z`

/** The `YYYY-MM-DD` a value starts with, when that day does not exist; otherwise undefined. */
function impossibleDay(value: unknown): string | undefined {
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null
  return match && !isRealDay(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : undefined
}

/**
 * Refuses dates that do not exist. JavaScript's `Date` reads 2014-11-31 as 1 December, so
 * Payload's own check lets it through.
 */
export const validateCalendarDate: DateFieldValidation = (value, args) => {
  const day = impossibleDay(value)
  if (day) {
    return inLanguageOf(args.req, { en: `${day} is not a date that exists.`, zh: `${day} 不是有效日期（该日不存在）。` })
  }
  return date(value, args)
}

// Field hooks run before validation: an impossible day is left as it came, for the validation to refuse.
const storeAsDay: FieldHook = ({ value }) =>
  value && !impossibleDay(value) && !Number.isNaN(Date.parse(String(value))) ? toStoredDay(value as string) : value

/** A day-only date field (no time of day), validated against the calendar. */
export function calendarDate({
  name,
  label,
  required = false,
  overrides = {},
}: {
  label: Bilingual
  name: string
  overrides?: Partial<DateField>
  required?: boolean
}): DateField {
  return {
    name,
    type: 'date',
    label,
    required,
    index: true,
    validate: validateCalendarDate,
    hooks: { beforeChange: [storeAsDay] },
    ...overrides,
    admin: {
      date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' },
      ...overrides.admin,
    },
  }
}
