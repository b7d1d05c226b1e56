import { describe, expect, inject, it } from 'vitest'

import { cacheCases, expectSecurityHeaders, securityCases } from './headerCases'

const site = inject('siteUrl')

// The site tests' server is the one `npm start` runs (publishing/staticServer.ts).
describe("npm start's server", () => {
  it('sends the security headers of documents with pages, redirects, not-found pages and SVG, and only nosniff with other files', async () => {
    for (const fileCase of securityCases(inject('distDir'))) {
      const response = await fetch(`${site}${fileCase.path}`, { redirect: 'manual' })
      expectSecurityHeaders(fileCase, (name) => response.headers.get(name))
    }
  })

  it('has files with a content hash in their name cached for a year and revalidates the rest', async () => {
    for (const { cacheControl, path } of cacheCases(inject('distDir'))) {
      const response = await fetch(`${site}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('cache-control'), path).toBe(cacheControl)
    }
  })

  it('answers a revalidation of an unchanged page with 304', async () => {
    const etag = (await fetch(`${site}/news/`)).headers.get('etag')!
    const again = await fetch(`${site}/news/`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe('no-cache')
  })
})
