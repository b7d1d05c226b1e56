import type { APIRoute } from 'astro'

import type { Locale } from '../../i18n'
import { localePaths } from '../../lib/locale'
import { loadNewsArticles } from '../../lib/model/newsListing'
import { newsToRss } from '../../lib/rss'

/** The news of one language as RSS: /rss.xml in Chinese, /en/rss.xml in English. */
export const getStaticPaths = localePaths

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site }) =>
  new Response(await newsToRss(await loadNewsArticles(locale), { locale, site: site! }), { headers: { 'Content-Type': 'application/xml' } })
