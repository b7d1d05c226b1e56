import rss from '@astrojs/rss'
import type { APIContext } from 'astro'

import { t, type Locale } from '../../i18n'
import { href, localePaths } from '../../lib/locale'
import { loadNewsArticles } from '../../lib/model/newsListing'

export const getStaticPaths = localePaths

/** The news of one language as RSS: /rss.xml in Chinese, /en/rss.xml in English. */
export async function GET(context: APIContext) {
  const locale = (context.props as { locale: Locale }).locale
  const site = context.site!
  const news = await loadNewsArticles(locale)
  return rss({
    customData: `<language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>`,
    description: t(locale, 'rss.description'),
    items: news.map((item) => ({
      categories: [t(locale, item.category === 'announcement' ? 'news.announcement' : 'news.news')],
      description: item.summary?.value,
      link: new URL(href(locale, item.path), site).href,
      pubDate: new Date(item.publishedAt),
      title: item.title.value,
    })),
    site: new URL(href(locale, '/'), site).href,
    title: t(locale, 'rss.title'),
  })
}
