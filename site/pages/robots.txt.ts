import type { APIRoute } from 'astro'

import { PAGES_ADDRESS } from '../../catalog/pages/recordPages'
import { RECORD_SITEMAP } from '../../catalog/pages/recordSitemaps'

/** Everything may be crawled; the site's pages and the catalog's record pages each have their sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site)}\nSitemap: ${new URL(`${PAGES_ADDRESS}${RECORD_SITEMAP}`, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
