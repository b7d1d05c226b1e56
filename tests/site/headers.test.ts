import { describe, expect, inject, it } from 'vitest'

import { SECURITY_HEADERS } from '../../publishing/siteHeaders'
import { cacheCases } from './headerCases'

const site = inject('siteUrl')

// The site tests' server is the one `npm start` runs (publishing/staticServer.ts).
describe("npm start's server", () => {
  it('sends the security headers with every file, not-found pages included', async () => {
    for (const path of ['/', '/_astro/', '/pagefind/pagefind.js', '/no-such-page/', '/en/no-such-page/']) {
      const response = await fetch(`${site}${path}`)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} of ${path}`).toBe(value)
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
