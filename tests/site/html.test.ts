import fs from 'node:fs'
import path from 'node:path'

import { HtmlValidate } from 'html-validate'
import { describe, expect, inject, it } from 'vitest'

import { htmlPages } from './dist'

const dist = inject('distDir')

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes boolean and empty attributes its own way; neither matters to browsers.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Chinese text is full of long runs without spaces; whitespace rules do not apply to it.
    'no-trailing-whitespace': 'off',
    // Scoped component styles are emitted as <style> in <head> by Astro.
    'no-inline-style': 'off',
    // BaseLayout keeps titles to 60 characters itself; this rule counts &quot; and &#39; as several.
    'long-title': 'off',
    // Lists styled without bullets lose their list semantics in Safari unless role="list" is said again.
    'no-redundant-role': 'off',
    // The search pages' React islands are rendered at build time by React, which writes <input/>
    // and attribute names in camel case (autoComplete); HTML reads both as Astro's own markup.
    'void-style': 'off',
    'attr-case': 'off',
  },
})

// Astro writes the display rule of its islands as a <style> in the body, before the first island.
const ASTRO_ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/

describe('the HTML of every built page', () => {
  it('validates', async () => {
    const pages = htmlPages(dist)
    // A build of no pages, or of a few, would pass as easily.
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'en/index.html', 'news/index.html', 'en/news/index.html']))
    expect(pages.length).toBeGreaterThan(100)
    const failures: string[] = []
    for (const file of pages) {
      const html = fs.readFileSync(path.join(dist, file), 'utf8').replace(ASTRO_ISLAND_STYLE, '')
      const report = await validator.validateString(html, file)
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${file}:${message.line} ${message.ruleId} ${message.message}`)
      }
    }
    expect(failures.slice(0, 30)).toEqual([])
  })
})
