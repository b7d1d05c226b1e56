import fs from 'node:fs'
import path from 'node:path'

import { parse, type HTMLElement } from 'node-html-parser'

/** Every file of the built site, as paths relative to its root. */
export function distFiles(distDir: string): string[] {
  return (fs.readdirSync(distDir, { recursive: true }) as string[]).filter((file) => fs.statSync(path.join(distDir, file)).isFile())
}

/** The HTML pages of the built site, as paths relative to its root. */
export const htmlPages = (distDir: string) => distFiles(distDir).filter((file) => file.endsWith('.html'))

/** The file a site address is served from, or undefined when there is none. */
export function fileFor(distDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')
  const candidates = clean.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, path.join(clean, 'index.html'), `${clean}.html`]
  return candidates.map((candidate) => path.join(distDir, candidate)).find((file) => fs.existsSync(file) && fs.statSync(file).isFile())
}

/** A built page, parsed. */
export function page(distDir: string, urlPath: string): HTMLElement {
  const file = fileFor(distDir, urlPath)
  if (!file) throw new Error(`No page is built at ${urlPath}`)
  return parse(fs.readFileSync(file, 'utf8'))
}

/** The address of a built file: `en/news/index.html` → `/en/news/`. */
export const urlOf = (file: string) => `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`

/** The visible text of a page, whitespace collapsed. */
export const textOf = (element: HTMLElement) => element.textContent.replace(/\s+/g, ' ')
