import { getCollection } from 'astro:content'

import type { NewsCategory } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { mediaFileName } from '../cms/media'
import { localBody } from './body'
import { requiredText, type Text, text } from './text'

/** URL segment of each news category. */
export const NEWS_CATEGORY_SEGMENTS: Record<NewsCategory, string> = { announcement: 'announcements', news: 'updates' }

export type SiteNews = {
  bodyFallback: boolean
  bodyHtml: string
  category: NewsCategory
  cover?: { alt: Text | undefined; file: string; filename: string; height: number; width: number }
  editorNote?: Text
  path: string
  pinned: boolean
  publishedAt: string
  slug: string
  summary?: Text
  title: Text
  updatedAt: string
}

/** Every published news item in one language, newest first. */
export async function loadNews(locale: Locale): Promise<SiteNews[]> {
  const entries = await getCollection('news')
  return entries
    .map(({ data }) => {
      return {
        ...localBody(data.body, locale),
        category: data.category,
        cover: data.cover
          ? { alt: text(data.cover.alt, locale), file: mediaFileName(data.cover), filename: data.cover.filename, height: data.cover.height, width: data.cover.width }
          : undefined,
        editorNote: text(data.editorNote, locale),
        path: `/news/${data.slug}/`,
        pinned: Boolean(data.pinned),
        publishedAt: data.publishedAt ?? data.updatedAt,
        slug: data.slug,
        summary: text(data.summary, locale),
        title: requiredText(data.title, locale, `News item ${data.slug}`),
        updatedAt: data.updatedAt,
      }
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug))
}
