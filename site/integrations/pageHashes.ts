import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { parse } from 'node-html-parser'

import { cspHash } from '../lib/cspHash'

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/
const HASH = / '(sha256-[A-Za-z0-9+/]+=*)'/g

/**
 * The page with only the hashes its own inline scripts and styles need in its Content-Security-Policy.
 * Astro lists in every page those of the whole site, and of the bundled files 'self' allows
 * anyway: some thirty more, a kilobyte of every page that no compression saves.
 */
export function keepOwnHashes(html: string): string {
  // <noscript> parsed as elements: a style in it is the page's too.
  const root = parse(html, { blockTextElements: { script: true, style: true } })
  const own = new Set(root.querySelectorAll('script:not([src]), style').map((element) => cspHash(element.innerHTML)))
  return html.replace(POLICY, (_, start: string, policy: string) => `${start}${policy.replace(HASH, (source, hash: string) => (own.has(hash as `sha256-${string}`) ? source : ''))}"`)
}

/** The integration that runs keepOwnHashes on every page of the build. */
export function pageHashes(): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir)
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'))
        for (const page of pages) {
          const file = path.join(outDir, page)
          const html = await readFile(file, 'utf8')
          const kept = keepOwnHashes(html)
          if (kept !== html) await writeFile(file, kept)
        }
      },
    },
    name: 'liling-page-hashes',
  }
}
