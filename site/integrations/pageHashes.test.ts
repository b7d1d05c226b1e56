import { describe, expect, it } from 'vitest'

import { cspHash } from '../lib/cspHash'
import { keepOwnHashes } from './pageHashes'

const SCRIPT = "document.documentElement.dataset.ready='yes'"
const STYLE = '.tiles{display:grid}'
const NOSCRIPT_STYLE = '.notice{color:red}'
const OTHER_PAGE = '.chart{width:100%}'
const source = (text: string) => `'${cspHash(text)}'`

const page = (scripts: string[], styles: string[]) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${scripts.map(source).join(' ')}; style-src 'self' ${styles.map(source).join(' ')};">` +
  `<style>${STYLE}</style></head><body><script>${SCRIPT}</script><script type="module" src="/_astro/a.js"></script>` +
  `<noscript><style>${NOSCRIPT_STYLE}</style><p>No script</p></noscript></body></html>`

describe('keepOwnHashes', () => {
  it("keeps the hashes of the page's inline scripts and styles, those in <noscript> too, and drops the others", () => {
    const built = page([SCRIPT, 'console.log(1)', ''], [STYLE, NOSCRIPT_STYLE, OTHER_PAGE])
    expect(keepOwnHashes(built)).toBe(page([SCRIPT], [STYLE, NOSCRIPT_STYLE]))
  })

  it('leaves a page without a policy as it is', () => {
    const html = `<!doctype html><html><head><style>${STYLE}</style></head></html>`
    expect(keepOwnHashes(html)).toBe(html)
  })
})
