/**
 * The HTTP headers of the public site, by address: the same rules for `npm start`'s server and
 * for the sample nginx configuration (docs/nginx/liling-site.conf), which the tests compare.
 */

/** The header every response carries: a script or style is run only when served as one. */
export const EVERY_RESPONSE_HEADERS: Readonly<Record<string, string>> = { 'X-Content-Type-Options': 'nosniff' }

/**
 * Headers of documents (HTML pages, SVG images), the responses a browser may show in a window or
 * frame; on a script or a catalog file they would do nothing but weigh, and a phone on a slow
 * network pays for every byte of every response. The page's own Content-Security-Policy is a meta
 * tag with the hashes of its inline scripts and styles (astro.config.mjs); a second policy in a
 * header is enforced as well, so this one leaves scripts and styles alone and adds what a meta
 * tag cannot say: who may frame the page.
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
}

/** Whether a response of this Content-Type is a document (DOCUMENT_HEADERS). */
export const isDocument = (contentType: string | undefined): boolean => /^(?:text\/html|image\/svg\+xml)\b/i.test(contentType ?? '')

/** Kept for a year without asking again: the file's name changes whenever its content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Kept, but checked with the server (ETag) before each use: the address stays, the content changes. */
export const REVALIDATE = 'no-cache'

/**
 * Files with a content hash in their name: Astro's scripts, styles and images (`/_astro/`),
 * Pagefind's index chunks, fragments, filters and metadata (`en_7719b48d98.pf_meta`), and the
 * catalog index's files (`/catalog/data/index/postings-0.1b3ed18edf1881fb.bin`, a delta's in a folder:
 * `…/index/added/slots-0.….bin`). Pagefind's entry
 * file, scripts and WebAssembly, and the catalog's manifest, keep their names.
 */
const HASHED = /^\/_astro\/|\/pagefind\/(?:[^/]+\/)*[^/]*_[0-9a-f]{7,}\.pf_(?:fragment|filter|index|meta)$|^\/catalog\/data\/index\/(?:(?:added|removed)\/)?[^/]+\.[0-9a-f]{16}\.bin$/

/** How long a browser or CDN may keep the file at `urlPath` (a path, without query). */
export function cacheControl(urlPath: string): string {
  return HASHED.test(urlPath) ? IMMUTABLE : REVALIDATE
}

/** Every header the site sends with the file at `urlPath`, but those of documents (DOCUMENT_HEADERS). */
export function siteHeaders(urlPath: string): Record<string, string> {
  return { ...EVERY_RESPONSE_HEADERS, 'Cache-Control': cacheControl(urlPath) }
}
