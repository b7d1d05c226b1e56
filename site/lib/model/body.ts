import type { Locale } from '../../i18n'
import type { Localized } from '../cms/localized'
import { richTextToHtml } from '../richText'
import { pick } from './text'

/** A rich-text body as one page shows it: its HTML, and whether that is the Chinese standing in for the page's language. */
export type Body = { bodyFallback: boolean; bodyHtml: string }

/** A localized rich-text field as a `Body` in `locale` (empty HTML when it is empty in every language). */
export function localBody(value: Localized<Record<string, unknown>>, locale: Locale): Body {
  const body = pick(value, locale)
  return { bodyFallback: body?.fallback ?? false, bodyHtml: richTextToHtml(body?.value) }
}
