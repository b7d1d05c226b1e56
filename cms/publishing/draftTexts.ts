import type { Payload } from 'payload'

import type { DraftCheck, DraftText } from '../../publishing/check/checkRelease'
import { normalizeText } from '../../publishing/check/titleText'

/** A single character ("日", "A") is too often a part of something else to tell a draft by. */
const MIN_LENGTH = 2

const localizedValues = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v): v is string => typeof v === 'string') : []

/**
 * Adds every string in `value` to `texts`, and the whole text of every rich-text element (a
 * heading of bold and plain parts is one heading on the page); returns the text of `value`.
 */
function collectTexts(value: unknown, texts: Set<string>): string {
  if (typeof value === 'string') {
    texts.add(normalizeText(value))
    return value
  }
  if (Array.isArray(value)) {
    for (const item of value) collectTexts(item, texts)
    return ''
  }
  if (!value || typeof value !== 'object') return ''
  const node = value as Record<string, unknown>
  let text = ''
  for (const [key, child] of Object.entries(node)) {
    if (key === 'children' && Array.isArray(child)) {
      text = child.map((item) => collectTexts(item, texts)).join('')
      texts.add(normalizeText(text))
    } else if (key === 'text' && typeof child === 'string') {
      text = collectTexts(child, texts)
    } else {
      collectTexts(child, texts)
    }
  }
  return node.type === 'linebreak' ? '\n' : text
}

/**
 * Every text the public site may show from the CMS: read as the site's build reads it (published
 * versions, anonymously, in every language), from every collection and global — those the public
 * may not read come back empty.
 */
async function publishedTexts(payload: Payload): Promise<Set<string>> {
  const read = { depth: 0, disableErrors: true, draft: false, locale: 'all', overrideAccess: false } as const
  const texts = new Set<string>()
  for (const collection of payload.config.collections) {
    collectTexts((await payload.find({ ...read, collection: collection.slug, pagination: false })).docs, texts)
  }
  for (const global of payload.config.globals) collectTexts(await payload.findGlobal({ ...read, slug: global.slug }), texts)
  return texts
}

/**
 * The titles that exist only in drafts — documents never published, or a newer draft of a
 * published one with another title — for the release check to look for in a build, with every
 * text of the published content: a title the site may show for another reason (published
 * content, its interface, a date: see siteTexts) is no leak, and the check leaves it out.
 */
export async function draftCheck(payload: Payload): Promise<DraftCheck> {
  const published = await publishedTexts(payload)
  const titles: DraftText[] = []
  for (const collection of payload.config.collections.filter((c) => c.versions?.drafts && c.admin?.useAsTitle)) {
    const titleField = collection.admin.useAsTitle!
    const { docs } = await payload.find({ collection: collection.slug, depth: 0, draft: true, locale: 'all', overrideAccess: true, pagination: false })
    for (const doc of docs as unknown as (Record<string, unknown> & { _status?: string; id: number | string })[]) {
      if (doc._status === 'published') continue
      for (const title of new Set(localizedValues(doc[titleField]).map(normalizeText))) {
        if (title.length >= MIN_LENGTH && !published.has(title)) titles.push({ collection: collection.slug, id: doc.id, text: title })
      }
    }
  }
  return { published: [...published], titles }
}
