import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { projectRoot } from '../paths'
import type { DraftText } from './checkRelease'

/** Shorter texts ("通知", "News") appear on the site for other reasons too. */
const MIN_LENGTH = 4
const INTERFACE_STRINGS = ['en.json', 'zh-CN.json'].map((file) => path.join(projectRoot, 'site', 'i18n', file))

const localizedValues = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v): v is string => typeof v === 'string') : []

/**
 * The titles that exist only in drafts — documents never published, or a newer draft of a
 * published one with another title — for the release check to look for in a build. A title that
 * also appears in published content or in the site's interface text may rightly be on the site,
 * and is left out.
 */
export async function draftOnlyTexts(payload: Payload): Promise<DraftText[]> {
  const collections = payload.config.collections.filter((c) => c.versions?.drafts && c.admin?.useAsTitle)
  type Doc = Record<string, unknown> & { _status?: string; id: number | string }
  const read = (collection: CollectionSlug, draft: boolean) =>
    payload.find({ collection, depth: 0, draft, locale: 'all', overrideAccess: true, pagination: false }).then((r) => r.docs as unknown as Doc[])

  const published = await Promise.all(collections.map((c) => read(c.slug, false).then((docs) => docs.filter((doc) => doc._status === 'published'))))
  const globals = await Promise.all(payload.config.globals.map((g) => payload.findGlobal({ slug: g.slug, depth: 0, locale: 'all', overrideAccess: true })))
  const haystack = [
    JSON.stringify(published),
    JSON.stringify(globals),
    ...INTERFACE_STRINGS.filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, 'utf8')),
  ].join('\n')

  const texts: DraftText[] = []
  for (const [index, collection] of collections.entries()) {
    const titleField = collection.admin.useAsTitle!
    const publishedTitles = new Map(published[index]!.map((doc) => [doc.id, localizedValues(doc[titleField])]))
    for (const doc of await read(collection.slug, true)) {
      if (doc._status === 'published') continue
      for (const title of localizedValues(doc[titleField])) {
        const text = title.trim()
        if (text.length < MIN_LENGTH || publishedTitles.get(doc.id)?.includes(title) || haystack.includes(JSON.stringify(text).slice(1, -1))) continue
        texts.push({ collection: collection.slug, id: doc.id, text })
      }
    }
  }
  return texts
}
