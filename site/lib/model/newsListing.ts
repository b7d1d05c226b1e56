import { NEWS_CATEGORIES, type NewsCategory } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { loadNews, NEWS_CATEGORY_SEGMENTS, type SiteNews } from './news'

/** How many items one news list page shows. */
export const NEWS_PAGE_SIZE = 10

/** Address segments under /news/ that belong to list pages, so no article may use them as its slug. */
export const RESERVED_NEWS_SLUGS: readonly string[] = ['page', ...Object.values(NEWS_CATEGORY_SEGMENTS)]

/** One page of a news list: all categories (`category` undefined) or one. */
export type NewsListPage = { category: NewsCategory | undefined; items: SiteNews[]; page: number; pageCount: number }

/** Fails the build when an article's slug would take the address of a list page, e.g. /news/updates/. */
export function assertNoReservedSlugs(slugs: string[]): void {
  const clashing = slugs.filter((slug) => RESERVED_NEWS_SLUGS.includes(slug))
  if (clashing.length === 0) return
  const list = clashing.map((slug) => `"${slug}"`).join(', ')
  throw new Error(
    `News item slug ${list} clashes with a news list address (/news/${clashing[0]}/). ` +
      `Give the item another slug in the CMS; these are reserved: ${RESERVED_NEWS_SLUGS.join(', ')}.`,
  )
}

/** Pinned items first, then the rest, each group in its given order. */
export const pinnedFirst = <T extends { pinned: boolean }>(items: T[]): T[] => [
  ...items.filter((item) => item.pinned),
  ...items.filter((item) => !item.pinned),
]

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages.length > 0 ? pages : [[]]
}

/** The address of a list page (as in Chinese): /news/, /news/page/2/, /news/updates/, /news/updates/page/2/. */
export function newsListPath(category: NewsCategory | undefined, page: number): string {
  const base = category ? `/news/${NEWS_CATEGORY_SEGMENTS[category]}/` : '/news/'
  return page > 1 ? `${base}page/${page}/` : base
}

/** The category whose address segment is `segment`. */
export const categoryOfSegment = (segment: string): NewsCategory | undefined =>
  NEWS_CATEGORIES.find((category) => NEWS_CATEGORY_SEGMENTS[category] === segment)

/** Every news article in one language, after checking that no slug takes a list page's address. */
export async function loadNewsArticles(locale: Locale): Promise<SiteNews[]> {
  const news = await loadNews(locale)
  assertNoReservedSlugs(news.map((item) => item.slug))
  return news
}

/** Every page of the news list in one language, for one category or (undefined) all: pinned items first. */
export async function loadNewsListPages(locale: Locale, category?: NewsCategory): Promise<NewsListPage[]> {
  const news = await loadNewsArticles(locale)
  const items = pinnedFirst(category ? news.filter((item) => item.category === category) : news)
  const pages = paginate(items, NEWS_PAGE_SIZE)
  return pages.map((pageItems, index) => ({ category, items: pageItems, page: index + 1, pageCount: pages.length }))
}
