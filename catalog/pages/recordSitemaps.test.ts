import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { writeRecordSitemaps } from './recordSitemaps'

describe('writeRecordSitemaps', () => {
  it('lists each record page in both languages, at most 50,000 addresses a file, under an index', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sitemaps-'))
    const slugs = Array.from({ length: 60_000 }, (_, n) => `LL${String(n).padStart(10, '0')}`)
    expect(writeRecordSitemaps(dir, 'https://library.example/', 'https://library.example/catalog/data/pages/', slugs)).toBe(3)
    const index = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8')
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([0, 1, 2].map((n) => `https://library.example/catalog/data/pages/records-${n}.xml`))
    const urls = [0, 1, 2].flatMap((n) => [...fs.readFileSync(path.join(dir, `records-${n}.xml`), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]))
    expect(urls).toHaveLength(120_000)
    expect(Math.max(...[0, 1, 2].map((n) => fs.readFileSync(path.join(dir, `records-${n}.xml`), 'utf8').split('<url>').length - 1))).toBe(50_000)
    expect(urls).toContain('https://library.example/catalog/record/LL0000059999/')
    expect(urls).toContain('https://library.example/en/catalog/record/LL0000000000/')
  })
})
