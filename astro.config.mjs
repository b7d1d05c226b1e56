// The public website: a static, bilingual Astro site built from the CMS.
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { catalogDir } from './scripts/catalog/store.ts'
import { catalogData } from './site/integrations/catalogData.ts'
import { errorPages } from './site/integrations/errorPages.ts'
import { pagefindIndex } from './site/integrations/pagefind.ts'
import { mediaCacheDir } from './site/lib/cms/mediaCacheDir.ts'

export default defineConfig({
  build: { format: 'directory' },
  // Separate caches let several builds run side by side (tests, previews).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  integrations: [
    react(),
    sitemap({ i18n: { defaultLocale: 'zh', locales: { en: 'en', zh: 'zh-CN' } } }),
    // Not-found pages at /404.html and /en/404.html, where static hosts look for them.
    errorPages(['', 'en/']),
    // Site search: Pagefind indexes the finished pages, after the other integrations.
    pagefindIndex(),
    // The catalog's own index and records, made by `npm run catalog:import`, at /catalog/data/.
    catalogData(catalogDir()),
  ],
  outDir: './dist',
  output: 'static',
  publicDir: './public',
  // The address the site is published at: canonical links, alternates, feeds and the sitemap use it.
  site: process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`,
  srcDir: './site',
  trailingSlash: 'always',
  vite: { resolve: { alias: { '@cms-media': mediaCacheDir } } },
})
