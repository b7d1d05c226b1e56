/** The news as an RSS feed, through @astrojs/rss. Pure: the route passes in the news. */
import { getRssString } from '@astrojs/rss'

import { withoutControlCharacters } from '../../shared/controlCharacters'
import { t, type Locale } from '../i18n'
import { href } from './locale'
import type { SiteNews } from './model/news'
import { NEWS_CATEGORY_LABELS } from './newsCategories'

/** The news of one language as an RSS document. */
export async function newsToRss(news: SiteNews[], { locale, site }: { locale: Locale; site: URL }): Promise<string> {
  const xml = await getRssString({
    customData: `<language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>`,
    description: t(locale, 'rss.description'),
    items: news.map((item) => ({
      categories: [t(locale, NEWS_CATEGORY_LABELS[item.category])],
      description: item.summary?.value,
      link: new URL(href(locale, item.path), site).href,
      pubDate: new Date(item.publishedAt),
      title: item.title.value,
    })),
    site: new URL(href(locale, '/'), site).href,
    title: t(locale, 'rss.title'),
  })
  // The CMS strips control characters on save, but text stored before that or written around it
  // must not make the whole feed unreadable: none of them may appear anywhere in XML.
  return withoutControlCharacters(xml)
}
