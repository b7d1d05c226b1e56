import { getCollection } from 'astro:content'

import type { Locale } from '../../i18n'
import { libraryDay } from '../dates'
import { EVENT_KINDS } from './events'
import { requiredText, type Text, text } from './text'

/** One lecture or training course as a row of the lecture schedule. */
export type LectureRow = {
  attendance?: number
  end: string
  note?: Text
  path: string
  start: string
  topic: Text
  venue?: Text
}

/** Every lecture in one language, as schedule rows (in no particular order). */
export async function loadLectureRows(locale: Locale): Promise<LectureRow[]> {
  return (await getCollection('lectures')).map(({ data }) => ({
    attendance: data.attendance ?? undefined,
    end: libraryDay(data.endDate ?? data.startDate),
    note: text(data.note, locale),
    path: `/events/${EVENT_KINDS.lecture.segment}/${data.slug}/`,
    start: libraryDay(data.startDate),
    topic: requiredText(data.topic, locale, `Lecture ${data.slug}`),
    venue: text(data.venue, locale),
  }))
}
