/** Test-only: record page shells as a site build makes them, small, with the site's own interface texts. */
import fs from 'node:fs'

import { RECORD_TOKENS, type RecordShell } from '../recordShell'

const catalogTexts = (file: string): Record<string, string> => {
  const messages = JSON.parse(fs.readFileSync(new URL(`../../../site/i18n/${file}`, import.meta.url), 'utf8')) as Record<string, string>
  return Object.fromEntries(Object.entries(messages).flatMap(([key, value]) => (key.startsWith('catalog.') ? [[key.slice('catalog.'.length), value]] : [])))
}

const page = (lang: string, prefix: string, siteName: string, layout: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${RECORD_TOKENS.title} · ${siteName}</title>` +
  `<meta name="description" content="${RECORD_TOKENS.description}"><link rel="canonical" href="https://library.example${prefix}/catalog/record/${RECORD_TOKENS.slug}/">` +
  `<meta property="og:title" content="${RECORD_TOKENS.title}">${RECORD_TOKENS.head}</head><body><header>${layout}</header><main>${RECORD_TOKENS.main}</main>` +
  `<script type="application/ld+json">${JSON.stringify(RECORD_TOKENS.jsonLd)}</script></body></html>`

/** The two shells; `layout` stands for the site's header, which a new site build may change. */
export function testShells(layout = '醴陵市图书馆'): RecordShell[] {
  return [
    { branches: { BNU: { address: '醴陵市西山街道', hours: '每天 8:30–17:30', name: '醴陵市图书馆总馆', path: '/branches/#point-central-library' } }, html: page('zh-CN', '', '醴陵市图书馆', layout), locale: 'zh', site: 'https://library.example/', siteName: '醴陵市图书馆', text: catalogTexts('zh-CN.json') },
    { branches: { BNU: { address: 'Xishan Subdistrict, Liling', hours: 'Daily 8:30–17:30', name: 'Central Library', path: '/en/branches/#point-central-library' } }, html: page('en', '/en', 'Liling City Library', layout), locale: 'en', site: 'https://library.example/', siteName: 'Liling City Library', text: catalogTexts('en.json') },
  ]
}
