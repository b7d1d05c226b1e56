import { getEntry } from 'astro:content'

import type { Locale } from '../../i18n'
import { localBody } from './body'
import { requiredText, type Text, text } from './text'

/** A standing page written in the CMS (services, reading rooms, about…), in one language. */
export type SitePage = {
  bodyFallback: boolean
  bodyHtml: string
  editorNote?: Text
  slug: string
  summary?: Text
  title: Text
  updatedAt: string
}

/** The CMS page `slug` in one language; the build fails when it is missing or unpublished. */
export async function loadPage(slug: string, locale: Locale): Promise<SitePage> {
  const entry = await getEntry('pages', slug)
  if (!entry) throw new Error(`The CMS has no published page with the slug "${slug}"; the site needs it. Create or publish it under Pages.`)
  const { data } = entry
  return {
    ...localBody(data.body, locale),
    editorNote: text(data.editorNote, locale),
    slug: data.slug,
    summary: text(data.summary, locale),
    title: requiredText(data.title, locale, `Page ${slug}`),
    updatedAt: data.updatedAt,
  }
}

/** Rich-text HTML with every heading one level lower (h2 → h3), for a page body shown inside a section of another page. */
export const demoteHeadings = (html: string): string =>
  html.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
