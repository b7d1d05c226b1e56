import type { DateFieldValidation, Field } from 'payload'

import { libraryDay } from '../../shared/calendar'
import { calendarDate, validateCalendarDate } from './calendarDate'
import { inLanguageOf, label } from './labels'

const endNotBeforeStart: DateFieldValidation = (value, args) => {
  const calendarCheck = validateCalendarDate(value, args)
  if (calendarCheck !== true) return calendarCheck
  const start = (args.siblingData as { startDate?: string | Date | null }).startDate
  if (value && start && !Number.isNaN(Date.parse(String(start))) && libraryDay(value) < libraryDay(start)) {
    return inLanguageOf(args.req, {
      en: `The end date (${libraryDay(value)}) is before the start date (${libraryDay(start)}).`,
      zh: `结束日期（${libraryDay(value)}）早于开始日期（${libraryDay(start)}）。`,
    })
  }
  return true
}

/** `startDate` (required) and `endDate` (empty for a single day, never before the start). */
export function dateRange(): Field {
  return {
    type: 'row',
    fields: [
      calendarDate({ name: 'startDate', label: label('开始日期', 'Start date'), required: true }),
      calendarDate({
        name: 'endDate',
        label: label('结束日期', 'End date'),
        overrides: {
          admin: { description: label('单日活动留空。', 'Leave empty for a single day.') },
          validate: endNotBeforeStart,
        },
      }),
    ],
  }
}
