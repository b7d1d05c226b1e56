import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError } from 'payload'

import { SKIP_SITE_BUILD } from '../publishing/rebuildOnPublish'
import { type ContentItem, DEFAULT_CONTENT_DIR, readCollectionFile, readGlobalFile } from './contentFiles'
import { pickLocale, withRowIds } from './localized'
import { makeSlugLookup, resolveReferences } from './references'
import { markdownToRichText } from './richText'

/** Collections in the order they are seeded: what is referred to comes first. */
export const SEEDED_COLLECTIONS = [
  'service-points',
  'pages',
  'news',
  'lectures',
  'exhibitions',
  'van-visits',
  'reading-activities',
  'chronicle',
] as const satisfies readonly CollectionSlug[]

export const SEEDED_GLOBALS = ['library-profile', 'opening-hours', 'statistics'] as const satisfies readonly GlobalSlug[]

export type SeedSummary = { created: number; existing: number; seconds: number }

export type SeedOptions = { contentDir?: string; log?: (line: string) => void }

// Seeding is not publishing: no site build is asked for.
const SEED_CONTEXT = { seeding: true, [SKIP_SITE_BUILD]: true }

/** A seed item the CMS refused: names the file, the item and every field at fault. */
export class SeedError extends Error {}

function describeFailure(where: string, error: unknown): SeedError {
  if (error instanceof ValidationError) {
    const fields = error.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
    return new SeedError(`${where}: ${fields}`)
  }
  return new SeedError(`${where}: ${(error as Error).message}`)
}

/** Runs `work` in one transaction: an item is stored in both languages or not at all. */
async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: SEED_CONTEXT }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

function topLevelWithRowIds(data: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, withRowIds(value, stored[key])]))
}

async function itemExists(payload: Payload, collection: CollectionSlug, slug: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection, overrideAccess: true, where: { slug: { equals: slug } } })
  return totalDocs > 0
}

async function createItem(payload: Payload, collection: CollectionSlug, item: ContentItem): Promise<void> {
  const fields = payload.collections[collection].config.flattenedFields
  await inTransaction(payload, async (req) => {
    const data = await resolveReferences(collection, item, makeSlugLookup(payload, req))
    const inLanguage = (locale: 'en' | 'zh') => markdownToRichText(pickLocale(data, locale) as Record<string, unknown>, fields)
    const created = await payload.create({
      collection,
      context: SEED_CONTEXT,
      data: { ...inLanguage('zh'), _status: 'published' },
      depth: 0,
      draft: false,
      locale: 'zh',
      req,
    } as Parameters<Payload['create']>[0])
    await payload.update({
      id: created.id,
      collection,
      context: SEED_CONTEXT,
      data: { ...topLevelWithRowIds(inLanguage('en'), created as unknown as Record<string, unknown>), _status: 'published' },
      depth: 0,
      locale: 'en',
      req,
    })
  })
}

async function globalIsEmpty(payload: Payload, slug: GlobalSlug): Promise<boolean> {
  const stored = await payload.findGlobal({ slug, depth: 0, draft: true, overrideAccess: true })
  return !stored.updatedAt
}

async function seedGlobal(payload: Payload, slug: (typeof SEEDED_GLOBALS)[number], source: Record<string, unknown>): Promise<void> {
  await inTransaction(payload, async (req) => {
    const data = await resolveReferences(slug, source, makeSlugLookup(payload, req))
    const zh = await payload.updateGlobal({
      slug,
      context: SEED_CONTEXT,
      data: { ...(pickLocale(data, 'zh') as Record<string, unknown>), _status: 'published' },
      depth: 0,
      locale: 'zh',
      req,
    })
    await payload.updateGlobal({
      slug,
      context: SEED_CONTEXT,
      data: {
        ...topLevelWithRowIds(pickLocale(data, 'en') as Record<string, unknown>, zh as unknown as Record<string, unknown>),
        _status: 'published',
      },
      depth: 0,
      locale: 'en',
      req,
    })
  })
}

/**
 * Loads the seed content into the CMS: every item of `content/` that is not there yet, in
 * Chinese and English, published. Items already present, by slug, are left as staff left
 * them, so running it twice changes nothing.
 */
export async function seed(payload: Payload, { contentDir = DEFAULT_CONTENT_DIR, log = console.log }: SeedOptions = {}) {
  const started = performance.now()
  const summary: SeedSummary = { created: 0, existing: 0, seconds: 0 }

  for (const collection of SEEDED_COLLECTIONS) {
    const items = readCollectionFile(contentDir, collection)
    let created = 0
    for (const item of items) {
      if (await itemExists(payload, collection, item.slug)) continue
      try {
        await createItem(payload, collection, item)
      } catch (error) {
        throw describeFailure(`content/${collection}.yaml, item "${item.slug}"`, error)
      }
      created += 1
    }
    summary.created += created
    summary.existing += items.length - created
    log(`  ${collection.padEnd(20)} ${created} created, ${items.length - created} already there`)
  }

  for (const slug of SEEDED_GLOBALS) {
    const source = readGlobalFile(contentDir, slug)
    const empty = await globalIsEmpty(payload, slug)
    if (empty) {
      try {
        await seedGlobal(payload, slug, source)
      } catch (error) {
        throw describeFailure(`content/${slug}.yaml`, error)
      }
    }
    summary[empty ? 'created' : 'existing'] += 1
    log(`  ${slug.padEnd(20)} ${empty ? 'created' : 'already there'}`)
  }

  summary.seconds = (performance.now() - started) / 1000
  return summary
}
