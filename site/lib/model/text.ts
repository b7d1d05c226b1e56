import type { Locale } from '../../i18n'
import type { Localized } from '../cms/localized'
import { HTML_LANG } from '../locale'

/** A piece of CMS text as one page shows it: in its language, or in Chinese where English is missing. */
export type Text = { fallback: boolean; lang: 'en' | 'zh-CN'; value: string }

const present = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null)

/** Picks `locale`'s value of a localized field, falling back to Chinese. */
export function pick<T>(value: Localized<T>, locale: Locale): { fallback: boolean; lang: 'en' | 'zh-CN'; value: T } | undefined {
  const own = value?.[locale]
  if (present(own)) return { fallback: false, lang: HTML_LANG[locale], value: own as T }
  const chinese = value?.zh
  if (present(chinese)) return { fallback: locale !== 'zh', lang: 'zh-CN', value: chinese as T }
  return undefined
}

/** A localized text field as a `Text`, or undefined when it is empty in every language. */
export const text = (value: Localized<string>, locale: Locale): Text | undefined => pick(value, locale)

/** A localized text that must exist (titles): an empty one is a content error worth failing the build for. */
export function requiredText(value: Localized<string>, locale: Locale, where: string): Text {
  const found = text(value, locale)
  if (!found) throw new Error(`${where} has no Chinese text.`)
  return found
}
