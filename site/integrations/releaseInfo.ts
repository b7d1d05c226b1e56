import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { writeReleaseInfo } from '../../publishing/releaseInfo'
import en from '../i18n/en.json'
import zh from '../i18n/zh-CN.json'

/** Pages every build has, in each language: without them the site is broken. */
const STANDING_PAGES = ['', 'news/', 'events/', 'visit/', 'search/']
const LANGUAGE_FOLDERS = ['', 'en/']
/** The languages of the site search's index, as Pagefind names them from each page's `lang`. */
const SEARCH_LANGUAGES = ['zh-cn', 'en']

/**
 * Tells the release check what this site's build must hold and which texts its interface shows
 * (see publishing/releaseInfo.ts). It depends on no other step, and goes first: a later step that
 * dies half-way leaves it written, so the check names what is missing.
 */
export function releaseInfo(): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeReleaseInfo(fileURLToPath(dir), {
          interfaceTexts: [...new Set([...Object.values(zh), ...Object.values(en)])],
          requiredFiles: [
            ...LANGUAGE_FOLDERS.flatMap((folder) => [...STANDING_PAGES.map((page) => `${folder}${page}index.html`), `${folder}404.html`]),
            'sitemap-index.xml',
            'pagefind/pagefind.js',
            'pagefind/pagefind-entry.json',
          ],
          searchLanguages: SEARCH_LANGUAGES,
        })
      },
    },
    name: 'liling-release-info',
  }
}
