import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeEach, describe, expect, it } from 'vitest'

import { checkRelease } from './checkRelease'

let dir: string

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>\n`
function write(file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), content)
}

/** The smallest build that passes: the required pages, a sitemap of them, a two-language index. */
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-check-'))
  const pages = ['', 'news/', 'events/', 'visit/', 'search/'].flatMap((p) => [p, `en/${p}`])
  for (const p of pages) write(`${p}index.html`, page(`page ${p}`))
  write('404.html', page('not found'))
  write('en/404.html', page('not found'))
  write('sitemap-index.xml', '<sitemapindex/>')
  write('sitemap-0.xml', `<urlset>${pages.map((p) => `<url><loc>https://lib.example.org/${p}</loc></url>`).join('')}</urlset>`)
  write('pagefind/pagefind.js', '')
  write('pagefind/pagefind-entry.json', JSON.stringify({ languages: { en: { page_count: 5 }, 'zh-cn': { page_count: 5 } } }))
})

describe('the check a build must pass before it goes live', () => {
  it('passes a complete build', () => {
    expect(checkRelease(dir)).toEqual([])
  })

  it('fails when a page every site has is missing', () => {
    fs.rmSync(path.join(dir, 'en', 'visit', 'index.html'))
    expect(checkRelease(dir)).toEqual(['en/visit/index.html is missing.'])
  })

  it('fails when a page in the sitemap was not built', () => {
    write('sitemap-0.xml', '<urlset><url><loc>https://lib.example.org/news/2026-closure/</loc></url></urlset>')
    expect(checkRelease(dir)).toEqual(['/news/2026-closure/ is in the sitemap but was not built.'])
  })

  it('fails when a page was cut off, as on a full disk', () => {
    write('news/index.html', '<!doctype html><html><body>half a pa')
    expect(checkRelease(dir)).toEqual(['news/index.html is incomplete: it does not end with </html>.'])
  })

  it('fails when the search index was not written, naming the indexer', () => {
    fs.rmSync(path.join(dir, 'pagefind'), { recursive: true })
    expect(checkRelease(dir)).toEqual([
      "The search index is missing (pagefind/pagefind.js, pagefind/pagefind-entry.json): Pagefind's indexer did not finish.",
    ])
  })

  it('fails when the search index lacks a language', () => {
    write('pagefind/pagefind-entry.json', JSON.stringify({ languages: { 'zh-cn': { page_count: 5 } } }))
    expect(checkRelease(dir)).toEqual(['The search index has no pages in en.'])
  })

  it('fails when text that exists only in a draft appears, also HTML-escaped, and names the draft', () => {
    write('news/index.html', page('<h2>闭馆 &lt;通知&gt;</h2>'))
    expect(checkRelease(dir, [{ collection: 'news', id: 7, text: '闭馆 <通知>' }])).toEqual([
      'Draft text of news 7 ("闭馆 <通知>") appears in news/index.html.',
    ])
  })
})
