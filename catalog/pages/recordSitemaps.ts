import fs from 'node:fs'
import path from 'node:path'

import { escapeHtml } from '../../shared/escapeHtml'

/** What one sitemap file may list (sitemaps.org). */
export const SITEMAP_URLS = 50_000
/** The sitemap index of the record pages, where the site serves it (robots.txt names it). */
export const RECORD_SITEMAP = 'sitemap.xml'

/**
 * Writes the sitemaps of the record pages into `dir`: `records-<n>.xml`, each with at most 50,000
 * addresses (a record's Chinese and English pages), and `sitemap.xml`, their index. `base` is the
 * address `dir` is served at (`https://…/catalog/data/pages/`); `site` the site's.
 */
export function writeRecordSitemaps(dir: string, site: string, base: string, slugs: string[]): number {
  const root = site.replace(/\/$/u, '')
  const files: string[] = []
  const perFile = SITEMAP_URLS / 2
  for (let start = 0; start < slugs.length || files.length === 0; start += perFile) {
    const urls = slugs
      .slice(start, start + perFile)
      .map((slug) => `<url><loc>${escapeHtml(`${root}/catalog/record/${slug}/`)}</loc></url><url><loc>${escapeHtml(`${root}/en/catalog/record/${slug}/`)}</loc></url>`)
    const name = `records-${files.length}.xml`
    fs.writeFileSync(path.join(dir, name), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`)
    files.push(name)
  }
  const index = files.map((name) => `<sitemap><loc>${escapeHtml(`${base}${name}`)}</loc></sitemap>`).join('')
  fs.writeFileSync(path.join(dir, RECORD_SITEMAP), `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>\n`)
  return files.length
}
