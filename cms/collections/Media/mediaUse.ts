import type { Payload, PayloadRequest } from 'payload'

import type { Media } from '../../payload-types'
import { canShowMedia, MEDIA, mediaReferences } from './mediaReferences'

/**
 * Which published documents show each image is kept on the image itself: `usedBy` lists them
 * (`news/12`, `globals/library-profile`), and `usedByPublished`, which the public read access
 * checks, says whether the list has any. A `read` access cannot follow references from other
 * collections, least of all into rich text, so the references are followed here instead.
 */
export const usedByKey = {
  collection: (slug: string, id: number | string) => `${slug}/${id}`,
  global: (slug: string) => `globals/${slug}`,
}

type Use = Pick<Media, 'id' | 'usedBy' | 'usedByPublished'>

/** Writes an image's use below the API: bookkeeping, not an edit by staff (no hooks, no new `updatedAt`). */
async function writeUse(payload: Payload, req: Partial<PayloadRequest> | undefined, id: Use['id'], usedBy: string[]): Promise<void> {
  await payload.db.updateOne({ collection: MEDIA, data: { usedBy, usedByPublished: usedBy.length > 0 }, id, req, returning: false })
}

const sameUse = (image: Use, usedBy: string[]) =>
  Boolean(image.usedByPublished) === usedBy.length > 0 && [...(image.usedBy ?? [])].sort().join('\n') === [...usedBy].sort().join('\n')

/**
 * Records that the published document `key` now shows exactly the images `shown` (none once it
 * is unpublished or deleted): adds the key to those images and takes it off any other.
 */
export async function recordMediaUse(req: PayloadRequest, key: string, shown: Set<string>): Promise<void> {
  const { payload } = req
  const read = { collection: MEDIA, depth: 0, overrideAccess: true, pagination: false, req, select: { usedBy: true, usedByPublished: true } } as const
  const before = (await payload.find({ ...read, where: { usedBy: { equals: key } } })).docs
  const now = shown.size ? (await payload.find({ ...read, where: { id: { in: [...shown] } } })).docs : []
  for (const image of before) {
    if (!shown.has(String(image.id))) await writeUse(payload, req, image.id, (image.usedBy ?? []).filter((used) => used !== key))
  }
  for (const image of now) {
    if (!image.usedBy?.includes(key)) await writeUse(payload, req, image.id, [...(image.usedBy ?? []), key])
  }
}

/**
 * Works out every image's use afresh from the published content, and corrects the images
 * whose record differs: at start-up, for content saved before this bookkeeping existed or
 * restored from a backup (MongoDB's included, which has no migrations).
 */
export async function syncMediaUse(payload: Payload): Promise<void> {
  const uses = new Map<string, string[]>()
  const note = (key: string, shown: Set<string>) => {
    for (const id of shown) uses.set(id, [...(uses.get(id) ?? []), key])
  }
  const published = { depth: 0, draft: false, locale: 'all', overrideAccess: true } as const

  for (const { config } of Object.values(payload.collections)) {
    if (config.slug === MEDIA || !canShowMedia(config.fields)) continue
    const where = config.versions?.drafts ? { _status: { equals: 'published' } } : undefined
    const { docs } = await payload.find({ ...published, collection: config.slug, pagination: false, where })
    for (const doc of docs) note(usedByKey.collection(config.slug, doc.id), mediaReferences(config.fields, doc, payload.config))
  }
  for (const global of payload.config.globals) {
    if (!canShowMedia(global.fields)) continue
    const doc = await payload.findGlobal({ ...published, slug: global.slug })
    if (!global.versions?.drafts || (doc as { _status?: string })._status === 'published') {
      note(usedByKey.global(global.slug), mediaReferences(global.fields, doc, payload.config))
    }
  }

  const { docs: images } = await payload.find({
    collection: MEDIA,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { usedBy: true, usedByPublished: true },
  })
  for (const image of images) {
    const usedBy = uses.get(String(image.id)) ?? []
    if (!sameUse(image, usedBy)) await writeUse(payload, undefined, image.id, usedBy)
  }
}
