import { getCollection } from 'astro:content'

import messages from '../i18n/zh-CN.json'
import { t, type Locale, type MessageKey } from '../i18n'
import { placesByCode } from '../../catalog/locationCodes'
import type { ShellPlace } from '../../catalog/pages/recordShell'
import { href } from './locale'
import { text } from './model/text'

/** The catalog islands' interface strings: every `catalog.*` key, without its prefix. */
export function catalogText(locale: Locale): Record<string, string> {
  const keys = Object.keys(messages).filter((key) => key.startsWith('catalog.')) as MessageKey[]
  return Object.fromEntries(keys.map((key) => [key.slice('catalog.'.length), t(locale, key)]))
}

/** The service points that hold books, by the location codes the library system exports (catalog/locationCodes.ts). */
export async function catalogPlaces(locale: Locale): Promise<Record<string, ShellPlace>> {
  const points = (await getCollection('servicePoints')).map(({ data }) => data)
  return Object.fromEntries(
    [...placesByCode(points)].map(([code, point]) => [
      code,
      {
        address: text(point.address, locale)?.value,
        hours: text(point.hours, locale)?.value,
        name: text(point.name, locale)?.value ?? point.slug,
        path: `${href(locale, '/branches/')}#point-${point.slug}`,
      },
    ]),
  )
}

/** The names of the places that hold books, by location code; a code with no service point is shown as it is. */
export async function branchNames(locale: Locale): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await catalogPlaces(locale)).map(([code, place]) => [code, place.name]))
}
