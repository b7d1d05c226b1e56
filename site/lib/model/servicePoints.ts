import { getCollection } from 'astro:content'

import { type BorrowAnywhere, SERVICE_POINT_KINDS, type ServicePointKind } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { INTL_LOCALE } from '../locale'
import { requiredText, type Text, text } from './text'

export type SiteServicePoint = {
  address?: Text
  borrowAnywhere?: BorrowAnywhere
  description?: Text
  editorNote?: Text
  hours?: Text
  kind: ServicePointKind
  name: Text
  slug: string
}

/** Every service point in one language, sorted by name in that language. */
export async function loadServicePoints(locale: Locale): Promise<SiteServicePoint[]> {
  const collator = new Intl.Collator(INTL_LOCALE[locale])
  return (await getCollection('servicePoints'))
    .map(({ data }) => ({
      address: text(data.address, locale),
      borrowAnywhere: data.borrowAnywhereReturnAnywhere ?? undefined,
      description: text(data.description, locale),
      editorNote: text(data.editorNote, locale),
      hours: text(data.hours, locale),
      kind: data.kind,
      name: requiredText(data.name, locale, `Service point ${data.slug}`),
      slug: data.slug,
    }))
    .sort((a, b) => collator.compare(a.name.value, b.name.value))
}

/** Service points grouped by kind, in SERVICE_POINT_KINDS order, leaving out kinds that have none. */
export function groupByKind<T extends { kind: ServicePointKind }>(points: T[]): { kind: ServicePointKind; points: T[] }[] {
  return SERVICE_POINT_KINDS.map((kind) => ({ kind, points: points.filter((point) => point.kind === kind) })).filter(
    (group) => group.points.length > 0,
  )
}
