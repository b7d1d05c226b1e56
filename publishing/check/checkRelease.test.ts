import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeEach, describe, expect, it } from 'vitest'

import { writeReleaseInfo } from '../releaseInfo'
import { checkRelease, type DraftText } from './checkRelease'

let dir: string

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>\n`
function write(file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), content)
}

const STANDING_PAGES = ['', 'news/', 'events/', 'visit/', 'search/']

/** The smallest build that passes: its release info, the pages it names, a sitemap of them, a two-language index. */
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-check-'))
  const pages = STANDING_PAGES.flatMap((p) => [p, `en/${p}`])
  writeReleaseInfo(dir, {
    interfaceTexts: ['新闻公告', 'News', '第 {page} 页', 'Page {page}'],
    requiredFiles: [...pages.map((p) => `${p}index.html`), '404.html', 'en/404.html', 'sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'],
    searchLanguages: ['zh-cn', 'en'],
  })
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

  it("fails a build that did not say what it holds: the site's build did not finish", () => {
    fs.rmSync(path.join(dir, '.release'), { recursive: true })
    expect(checkRelease(dir)).toEqual([".release/info.json is missing: the site's build did not finish."])
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

  it('fails when a feed is not well-formed XML, naming the file and the parser\'s error', () => {
    write('rss.xml', '<?xml version="1.0"?>\n<rss><channel><title>醴陵市图书馆</title></channel>')
    expect(checkRelease(dir)).toEqual(['rss.xml is not well-formed XML: Unclosed root tag (line 2, column 45).'])
  })

  it('fails when a feed carries a character XML does not allow, as a news title pasted from Word may', () => {
    write('en/rss.xml', '<rss><channel>\n<item><title>Library\u000bclosed</title></item></channel></rss>')
    expect(checkRelease(dir)).toEqual(['en/rss.xml is not well-formed XML: character U+000B at line 2, column 21 is not allowed.'])
  })

  it('passes well-formed feeds and calendars', () => {
    write('rss.xml', '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>新闻 &amp; 公告</title><item><title><![CDATA[闭馆 <通知>]]></title></item></channel></rss>')
    write('events.ics', calendar('SUMMARY:醴陵市儿童绘画作品展览\, 第一期'))
    expect(checkRelease(dir)).toEqual([])
  })

  it('fails when the sitemap is not well-formed XML', () => {
    write('sitemap-index.xml', '<sitemapindex><sitemap><loc>https://lib.example.org/sitemap-0.xml</loc></sitemapindex>')
    expect(checkRelease(dir)).toEqual(['sitemap-index.xml is not well-formed XML: Unexpected close tag (line 1, column 86).'])
  })

  it('fails when a calendar file does not parse, naming the file and the error', () => {
    write('events/lectures/talk.ics', calendar('SUMMARY讲座'))
    expect(checkRelease(dir)).toEqual(['events/lectures/talk.ics is not a valid iCalendar file: invalid line (no token ";" or ":") "SUMMARY讲座".'])
  })

  it('fails when a calendar file carries a control character', () => {
    write('en/events.ics', calendar('SUMMARY:Talk\u0001'))
    expect(checkRelease(dir)).toEqual(['en/events.ics is not a valid iCalendar file: character U+0001 at line 4, column 13 is not allowed.'])
  })
})

describe('the check that no draft leaks into a build', () => {
  const draft = (text: string, id = 7): DraftText => ({ collection: 'news', id, text })
  const drafts = (...titles: DraftText[]) => ({ published: [], titles })

  it('fails when a draft-only title is a heading, also HTML-escaped, and names the draft', () => {
    write('news/index.html', page('<h2>闭馆 &lt;通知&gt;</h2>'))
    expect(checkRelease(dir, drafts(draft('闭馆 <通知>')))).toEqual(['Draft text of news 7 ("闭馆 <通知>") appears in news/index.html.'])
  })

  it("fails wherever content titles are shown: the page's title, a link, a table header, an RSS item, a calendar event", () => {
    write('news/winter/index.html', `<!doctype html><html><head><title>冬季阅读月开幕 · 醴陵市图书馆</title></head><body><p>…</p></body></html>\n`)
    write('en/index.html', page('<ul><li><a href="/en/news/winter/">\n  Winter Reading Month opens\n</a></li></ul>'))
    write('visit/index.html', page('<table><tr><th scope="row">流动图书车 · 新阳小学</th></tr></table>'))
    write('rss.xml', '<rss><channel><title>醴陵市图书馆</title><item><title>冬季阅读月开幕</title></item></channel></rss>')
    write('events.ics', calendar('SUMMARY:流动图书车 · 新阳小学'))
    expect(checkRelease(dir, drafts(draft('冬季阅读月开幕'), draft('Winter Reading Month opens'), draft('新阳小学', 8))).sort()).toEqual([
      'Draft text of news 7 ("Winter Reading Month opens") appears in en/index.html.',
      'Draft text of news 7 ("冬季阅读月开幕") appears in news/winter/index.html, rss.xml.',
      'Draft text of news 8 ("新阳小学") appears in events.ics, visit/index.html.',
    ])
  })

  it('names a few of the files a draft shows up in, and how many more', () => {
    for (const month of ['01', '02', '03', '04', '05']) write(`events/month/2026-${month}/index.html`, page('<h3><a href="/x/">冬季阅读月开幕</a></h3>'))
    expect(checkRelease(dir, drafts(draft('冬季阅读月开幕')))).toEqual([
      'Draft text of news 7 ("冬季阅读月开幕") appears in events/month/2026-01/index.html, events/month/2026-02/index.html, events/month/2026-03/index.html and 2 more files.',
    ])
  })

  it('passes text that only contains a draft title: a sentence, a URL, JSON-LD, a longer heading', () => {
    write(
      'visit/index.html',
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","dayOfWeek":["https://schema.org/Sunday"]}</script>' +
          '<p>Open every Sunday.</p><h2>Sunday opening hours</h2><a href="https://schema.org/Event">schema.org Event</a>',
      ),
    )
    expect(checkRelease(dir, drafts(draft('Sunday'), draft('https://schema.org'), draft('Event')))).toEqual([])
  })

  it("passes a draft titled like the site's interface or like published content where they show it", () => {
    write('news/index.html', page('<h1>新闻公告</h1><nav><a href="/news/page/2/">第 2 页</a></nav><h2><a href="/news/x/">冬季阅读月开幕</a></h2>'))
    expect(checkRelease(dir, { published: ['冬季阅读月开幕'], titles: [draft('新闻公告'), draft('第 2 页'), draft('冬季阅读月开幕', 8)] })).toEqual([])
  })
})
