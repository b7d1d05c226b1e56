import { describe, expect, it } from 'vitest'

import { richTextToHtml } from './richText'

const text = (value: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const node = (type: string, children: object[], extra: object = {}) => ({ children, direction: 'ltr', format: '', indent: 0, type, version: 1, ...extra })
const doc = (...children: object[]) => ({ root: node('root', children) })
const link = (fields: object) => node('link', [text('here')], { fields })

describe('rich text as HTML', () => {
  it('escapes markup typed as text', () => {
    expect(richTextToHtml(doc(node('paragraph', [text('<script>alert(1)</script> & "x"')])))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>',
    )
  })

  it('writes formatting as elements and alignment as classes, never a style attribute', () => {
    const html = richTextToHtml(
      doc(
        node('paragraph', [text('struck', 4), text('both', 12)], { format: 'center', indent: 2 }),
        node('heading', [text('title')], { format: 'right', tag: 'h2' }),
        node('list', [node('listitem', [text('a')], { value: 1 }), node('listitem', [text('b'), node('list', [node('listitem', [text('c')], { value: 1 })], { listType: 'bullet', tag: 'ul' })], { value: 2 })], { listType: 'bullet', tag: 'ul' }),
        node('list', [node('listitem', [text('done')], { checked: true, value: 1 })], { listType: 'check', tag: 'ul' }),
      ),
    )
    expect(html).not.toContain('style=')
    expect(html).toContain('<p class="align-center"><s>struck</s><u><s>both</s></u></p>')
    expect(html).toContain('<h2 class="align-right">title</h2>')
    expect(html).toContain('<li class="nested">b<ul class="list-bullet"><li>c</li></ul></li>')
    expect(html).toContain('<li class="checked">done</li>')
  })

  it('keeps links to web, mail and telephone addresses and leaves any other link as its text', () => {
    const html = (fields: object) => richTextToHtml(doc(node('paragraph', [link(fields)])))
    expect(html({ linkType: 'custom', url: 'https://example.org/?a=1&b="2"' })).toBe('<p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;">here</a></p>')
    expect(html({ linkType: 'custom', newTab: true, url: 'mailto:lib@example.org' })).toBe('<p><a href="mailto:lib@example.org" rel="noopener noreferrer" target="_blank">here</a></p>')
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', '\tjavascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      expect(html({ linkType: 'custom', url })).toBe('<p>here</p>')
    }
    expect(html({ doc: { relationTo: 'news', value: 1 }, linkType: 'internal' })).toBe('<p>here</p>')
  })
})
