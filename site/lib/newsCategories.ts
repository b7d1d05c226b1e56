import type { MessageKey } from '../i18n'
import type { NewsCategory } from '../../cms/fields/choices'

/** Each news category's name: on cards, articles, the category filter, the feed and its list's title. */
export const NEWS_CATEGORY_LABELS: Record<NewsCategory, MessageKey> = { announcement: 'news.announcement', news: 'news.news' }
