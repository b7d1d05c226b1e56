import path from 'node:path'

/**
 * The settings of a benchmark's own site: a database, uploads and Astro cache of its own in
 * `dir`, never the project's, and the site built from that database for `siteUrl`.
 */
export const benchEnv = (dir: string, siteUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
  CMS_URL: '',
  DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'bench-only-secret-0123456789abcdef0123',
  SITE_URL: siteUrl,
})
