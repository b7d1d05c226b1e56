import { expect } from 'vitest'

import { DOCUMENT_HEADERS, EVERY_RESPONSE_HEADERS, IMMUTABLE, REVALIDATE } from '../../publishing/siteHeaders'
import { distFiles } from './dist'

/**
 * Files of each kind in the built site, with the caching each must be served with: the names
 * Astro and Pagefind give with a content hash are kept a year; the rest is revalidated.
 */
export function cacheCases(distDir: string): { cacheControl: string; path: string }[] {
  const files = distFiles(distDir).map((file) => `/${file.replace(/\\/g, '/')}`)
  const first = (pattern: RegExp) => {
    const found = files.find((file) => pattern.test(file))
    if (!found) throw new Error(`The built site has no file like ${pattern}`)
    return found
  }
  return [
    { cacheControl: IMMUTABLE, path: first(/^\/_astro\/.+\.js$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/_astro\/.+\.css$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/_astro\/.+\.avif$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/pagefind\/fragment\/.+\.pf_fragment$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/pagefind\/index\/.+\.pf_index$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/pagefind\/filter\/.+\.pf_filter$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/pagefind\/pagefind\..+\.pf_meta$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/catalog\/data\/index\/postings-0\.[0-9a-f]{16}\.bin$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/catalog\/data\/index\/dictionary-0\.[0-9a-f]{16}\.bin$/) },
    { cacheControl: IMMUTABLE, path: first(/^\/catalog\/data\/index\/added\/postings-0\.[0-9a-f]{16}\.bin$/) },
    { cacheControl: REVALIDATE, path: '/' },
    { cacheControl: REVALIDATE, path: '/en/news/' },
    { cacheControl: REVALIDATE, path: '/rss.xml' },
    { cacheControl: REVALIDATE, path: '/events.ics' },
    { cacheControl: REVALIDATE, path: '/favicon.svg' },
    { cacheControl: REVALIDATE, path: '/pagefind/pagefind.js' },
    { cacheControl: REVALIDATE, path: '/pagefind/pagefind-worker.js' },
    { cacheControl: REVALIDATE, path: '/pagefind/pagefind-entry.json' },
    { cacheControl: REVALIDATE, path: first(/^\/pagefind\/wasm\..+\.pagefind$/) },
    { cacheControl: REVALIDATE, path: '/catalog/data/manifest.json' },
    { cacheControl: REVALIDATE, path: first(/^\/catalog\/data\/records\/.+\.json$/) },
  ]
}

/**
 * Addresses that answer with a document (pages, a redirect, not-found pages, an SVG image), which
 * must carry the security headers of documents, and files that must not (their bytes would be
 * paid for on every request of a search).
 */
export function securityCases(distDir: string): { document: boolean; path: string }[] {
  const files = distFiles(distDir).map((file) => `/${file.replace(/\\/g, '/')}`)
  const first = (pattern: RegExp) => files.find((file) => pattern.test(file))!
  return [
    ...['/', '/en/news/', '/news', '/no-such-page/', '/en/no-such-page/', '/_astro/', '/favicon.svg'].map((path) => ({ document: true, path })),
    ...[first(/^\/_astro\/.+\.js$/), first(/^\/_astro\/.+\.css$/), '/pagefind/pagefind.js', '/catalog/data/manifest.json', first(/^\/catalog\/data\/index\/postings-0\.[0-9a-f]{16}\.bin$/)].map((path) => ({
      document: false,
      path,
    })),
  ]
}

/** Checks the security headers of a response to one of securityCases. */
export function expectSecurityHeaders({ document, path }: { document: boolean; path: string }, header: (name: string) => string | null | undefined): void {
  for (const [name, value] of Object.entries(EVERY_RESPONSE_HEADERS)) expect(header(name), `${name} of ${path}`).toBe(value)
  for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) expect(header(name) ?? undefined, `${name} of ${path}`).toBe(document ? value : undefined)
}
