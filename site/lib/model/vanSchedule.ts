import { getCollection } from 'astro:content'

import type { VanCategory } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { libraryDay } from '../dates'
import { EVENT_KINDS } from './events'
import { requiredText, type Text, text } from './text'

/** One book-van visit as a row of the van's schedule. */
export type VanRow = {
  books?: number
  category: VanCategory
  end: string
  host: Text
  path: string
  place?: Text
  readers?: number
  start: string
}

/** Every book-van visit in one language, as schedule rows (in no particular order). */
export async function loadVanRows(locale: Locale): Promise<VanRow[]> {
  return (await getCollection('vanVisits')).map(({ data }) => ({
    books: data.books ?? undefined,
    category: data.category,
    end: libraryDay(data.date),
    host: requiredText(data.host, locale, `Van visit ${data.slug}`),
    path: `/events/${EVENT_KINDS['van-visit'].segment}/${data.slug}/`,
    place: text(data.place, locale),
    readers: data.readers ?? undefined,
    start: libraryDay(data.date),
  }))
}
