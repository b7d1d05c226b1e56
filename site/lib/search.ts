import type { MessageKey } from '../i18n'

/** What a page is, for site search: shown with each result and offered as a filter. */
export const SEARCH_TYPES = {
  announcement: 'search.type.announcement',
  chronicle: 'search.type.chronicle',
  exhibition: 'search.type.exhibition',
  lecture: 'search.type.lecture',
  news: 'search.type.news',
  page: 'search.type.page',
  'reading-activity': 'search.type.readingActivity',
  report: 'search.type.report',
  schedule: 'search.type.schedule',
  'van-visit': 'search.type.vanVisit',
} as const satisfies Record<string, MessageKey>

export type SearchType = keyof typeof SEARCH_TYPES

/** How a page is indexed by Pagefind: its type, and the day or year it is about. */
export type SearchEntry = { date?: string; type: SearchType; year?: number | string }
