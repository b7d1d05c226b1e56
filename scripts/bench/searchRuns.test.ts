import { describe, expect, it } from 'vitest'

import { isSearchCode } from './searchRuns'

describe("what the benchmark counts as the catalog page's search code", () => {
  it('counts the catalog data and the search scripts, not React nor its renderer', () => {
    const renderer = '/_astro/client.Bgkle-mj.js'
    expect(isSearchCode('/catalog/data/manifest.json', renderer)).toBe(true)
    expect(isSearchCode('/_astro/searchClient.BODVvaXX.js', renderer)).toBe(true)
    expect(isSearchCode('/_astro/react.DHc4fYl2.js', renderer)).toBe(false)
    expect(isSearchCode(renderer, renderer)).toBe(false)
    expect(isSearchCode('/_astro/BaseLayout.css', renderer)).toBe(false)
  })
})
