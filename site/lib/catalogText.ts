import { getCollection } from 'astro:content'

import messages from '../i18n/zh-CN.json'
import { t, type Locale, type MessageKey } from '../i18n'
import { text } from './model/text'

/** The catalog islands' interface strings: every `catalog.*` key, without its prefix. */
export function catalogText(locale: Locale): Record<string, string> {
  const keys = Object.keys(messages).filter((key) => key.startsWith('catalog.')) as MessageKey[]
  return Object.fromEntries(keys.map((key) => [key.slice('catalog.'.length), t(locale, key)]))
}

/**
 * Names of the places that hold books, by the code the library system exports (the service
 * point's slug); a code with no service point is shown as it is.
 */
export async function branchNames(locale: Locale): Promise<Record<string, string>> {
  const points = await getCollection('servicePoints')
  return Object.fromEntries(points.map(({ data }) => [data.slug, text(data.name, locale)?.value ?? data.slug]))
}
