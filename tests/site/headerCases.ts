import { IMMUTABLE, REVALIDATE } from '../../publishing/siteHeaders'
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
