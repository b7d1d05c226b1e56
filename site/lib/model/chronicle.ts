import { type CollectionKey, getCollection } from 'astro:content'

import type { ChronicleRelated } from '../../../cms/fields/choices'
import type { Locale, MessageKey } from '../../i18n'
import { localText } from '../cms/localized'
import { libraryDay } from '../dates'
import { EVENT_KINDS } from './events'
import { localBody } from './body'
import { requiredText, type Text, text } from './text'

/** A link from a chronicle entry to the page of an item it mentions. */
export type ChronicleLink = { kind: MessageKey; path: string; title: Text | undefined }

/** One entry of the chronicle (大事记), in one language. */
export type ChronicleEntry = {
  bodyFallback: boolean
  bodyHtml: string
  editorNote?: Text
  end: string
  related: ChronicleLink[]
  slug: string
  start: string
  title: Text
}

/** For each CMS collection a chronicle entry may point to: its content collection, label, page and title field. */
const RELATED = {
  exhibitions: { collection: 'exhibitions', kind: EVENT_KINDS.exhibition.label, path: `/events/${EVENT_KINDS.exhibition.segment}/`, titleField: 'title' },
  lectures: { collection: 'lectures', kind: EVENT_KINDS.lecture.label, path: `/events/${EVENT_KINDS.lecture.segment}/`, titleField: 'topic' },
  news: { collection: 'news', kind: 'nav.news', path: '/news/', titleField: 'title' },
  'reading-activities': {
    collection: 'readingActivities',
    kind: EVENT_KINDS['reading-activity'].label,
    path: `/events/${EVENT_KINDS['reading-activity'].segment}/`,
    titleField: 'activity',
  },
  'van-visits': { collection: 'vanVisits', kind: EVENT_KINDS['van-visit'].label, path: `/events/${EVENT_KINDS['van-visit'].segment}/`, titleField: 'host' },
} as const satisfies Record<ChronicleRelated, { collection: CollectionKey; kind: MessageKey; path: string; titleField: string }>

type RelatedItem = { relationTo: string; value: { slug?: string | null } & Record<string, unknown> }

/** The published items of every collection a chronicle entry may link to, by collection and slug. */
async function publishedSlugs(): Promise<Map<string, Set<string>>> {
  const entries = await Promise.all(
    Object.entries(RELATED).map(async ([relation, { collection }]) => {
      const items = await getCollection(collection)
      return [relation, new Set(items.map((item) => item.data.slug))] as const
    }),
  )
  return new Map(entries)
}

/** Links to the related items that have a page on the site; unpublished or unknown ones are left out. */
export function relatedLinks(items: RelatedItem[], published: Map<string, Set<string>>, locale: Locale): ChronicleLink[] {
  return items.flatMap(({ relationTo, value }) => {
    const target = RELATED[relationTo as keyof typeof RELATED]
    const slug = value.slug
    if (!target || !slug || !published.get(relationTo)?.has(slug)) return []
    const title = localText.safeParse(value[target.titleField])
    return [{ kind: target.kind, path: `${target.path}${slug}/`, title: title.success ? text(title.data, locale) : undefined }]
  })
}

/** Every chronicle entry in one language, in date order. */
export async function loadChronicle(locale: Locale): Promise<ChronicleEntry[]> {
  const [entries, published] = await Promise.all([getCollection('chronicle'), publishedSlugs()])
  return entries
    .map(({ data }) => {
      return {
        ...localBody(data.body, locale),
        editorNote: text(data.editorNote, locale),
        end: libraryDay(data.endDate ?? data.startDate),
        related: relatedLinks(data.relatedItems ?? [], published, locale),
        slug: data.slug,
        start: libraryDay(data.startDate),
        title: requiredText(data.title, locale, `Chronicle entry ${data.slug}`),
      }
    })
    .sort(byDate)
}

const byDate = (a: { end: string; slug: string; start: string }, b: { end: string; slug: string; start: string }) =>
  a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.slug.localeCompare(b.slug)

/** Entries grouped by the year they start in: newest year first, entries in date order within each year. */
export function byYear<T extends { end: string; slug: string; start: string }>(entries: T[]): { entries: T[]; year: string }[] {
  const years = [...new Set(entries.map((entry) => entry.start.slice(0, 4)))].sort().reverse()
  return years.map((year) => ({ entries: entries.filter((entry) => entry.start.startsWith(year)).sort(byDate), year }))
}
