// The public website: a static, bilingual Astro site built from the CMS.
import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { catalogData } from './site/integrations/catalogData.ts'
import { errorPages } from './site/integrations/errorPages.ts'
import { pageHashes } from './site/integrations/pageHashes.ts'
import { pagefindIndex } from './site/integrations/pagefind.ts'
import { RECORD_TOKENS } from './catalog/pages/recordShell.ts'
import { recordShell } from './site/integrations/recordShell.ts'
import { releaseInfo } from './site/integrations/releaseInfo.ts'
import { mediaCacheDir } from './site/lib/cms/mediaCacheDir.ts'
import { astroCacheDir, catalogDir, followsLiveCatalog, siteUrl } from './shared/settings.ts'

export default defineConfig({
  build: { format: 'directory' },
  // Separate caches let several builds run side by side (tests, previews).
  cacheDir: astroCacheDir(),
  i18n: { defaultLocale: 'zh', locales: ['zh', 'en'], routing: { prefixDefaultLocale: false } },
  integrations: [
    // What the release check needs to know of this site: its standing pages and interface texts.
    // First, so that it is written even when a later step (Pagefind's indexer) dies half-way and the
    // check can then name what is missing.
    releaseInfo(),
    react(),
    // The record pages' shell is no page of its own (see recordShell below).
    sitemap({ filter: (page) => !page.includes(RECORD_TOKENS.slug), i18n: { defaultLocale: 'zh', locales: { en: 'en', zh: 'zh-CN' } } }),
    // Not-found pages at /404.html and /en/404.html, where static hosts look for them.
    errorPages(['', 'en/']),
    // Each page's Content-Security-Policy keeps the hashes of its own inline scripts and styles only.
    pageHashes(),
    // The record pages' shell, kept out of the served pages for the catalog to fill in for each record.
    recordShell(),
    // Site search: Pagefind indexes the finished pages, after the other integrations.
    pagefindIndex(),
    // The catalog's own index and records, made by `npm run catalog:import`, at /catalog/data/:
    // copied into the build, or, for the releases `npm start` serves (CATALOG_DATA=live), linked to
    // the live import.
    catalogData(catalogDir(), { live: followsLiveCatalog() }),
  ],
  // No code blocks to highlight; Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  outDir: './dist',
  output: 'static',
  publicDir: './public',
  // A Content-Security-Policy meta tag in every page: scripts and styles only from the site or
  // with the hash Astro computes for each inline one (no 'unsafe-inline'), no plugins, no
  // foreign forms. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly in the page when its
  // worker cannot start (it falls back to the main thread); it allows no JavaScript eval. What a
  // meta policy cannot say (frame-ancestors) is in the HTTP headers: publishing/siteHeaders.ts.
  security: {
    csp: {
      directives: ["default-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // The address the site is published at: canonical links, alternates, feeds and the sitemap use it.
  site: siteUrl(),
  srcDir: './site',
  trailingSlash: 'always',
  vite: {
    // React, React DOM, the JSX runtime and their CommonJS helper in one file, not four: the pages
    // with islands load them all, and each file the browser asks for costs its headers.
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] } } } } } },
    resolve: { alias: { '@cms-media': mediaCacheDir } },
  },
})
