import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
} from 'payload'

import { addCollectionHooks, addGlobalHooks } from '../../../hooks/addHooks'
import { canShowMedia, mediaReferences } from '../mediaReferences'
import { recordMediaUse, usedByKey } from '../mediaUse'

/** Whether what is stored is what the public reads: always without drafts, with drafts once published. */
const isPublic = (stored: object | null, drafts: boolean) =>
  Boolean(stored) && (!drafts || (stored as { _status?: string | null })._status === 'published')

// The stored document, not the hook's `doc`: that has the saved language only, and is the draft
// after a draft save, while the public still reads the published version.
const afterCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!canShowMedia(collection.fields)) return doc
  const stored = await req.payload.findByID({
    collection: collection.slug,
    depth: 0,
    disableErrors: true,
    draft: false,
    id: doc.id,
    locale: 'all',
    overrideAccess: true,
    req,
  })
  const shown = isPublic(stored, Boolean(collection.versions?.drafts)) ? mediaReferences(collection.fields, stored, req.payload.config) : new Set<string>()
  await recordMediaUse(req, usedByKey.collection(collection.slug, doc.id), shown)
  return doc
}

const afterCollectionDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (canShowMedia(collection.fields)) await recordMediaUse(req, usedByKey.collection(collection.slug, id), new Set())
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!canShowMedia(global.fields)) return doc
  const stored = await req.payload.findGlobal({ depth: 0, draft: false, locale: 'all', overrideAccess: true, req, slug: global.slug })
  const shown = isPublic(stored, Boolean(global.versions?.drafts)) ? mediaReferences(global.fields, stored, req.payload.config) : new Set<string>()
  await recordMediaUse(req, usedByKey.global(global.slug), shown)
  return doc
}

/** The collection, keeping each image's record of the published documents that show it (see mediaUse.ts). */
export const tracksMediaUse = (collection: CollectionConfig): CollectionConfig =>
  addCollectionHooks(collection, { afterChange: [afterCollectionChange], afterDelete: [afterCollectionDelete] })

/** The global, keeping each image's record of whether its published version shows it. */
export const tracksMediaUseGlobal = (global: GlobalConfig): GlobalConfig => addGlobalHooks(global, { afterChange: [afterGlobalChange] })
