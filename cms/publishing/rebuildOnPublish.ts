import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { addCollectionHooks, addGlobalHooks } from '../hooks/addHooks'
import { buildRequests } from './buildRequests'
import { publicationChange } from './publicationChange'
import { type SiteChange, titleOf } from './siteChange'

/** The seed sets this in `req.context` to save without asking for builds. */
export const SKIP_SITE_BUILD = 'skipSiteBuild'

function ask(req: PayloadRequest, change: Omit<SiteChange, 'user'>): void {
  if (req.context?.[SKIP_SITE_BUILD]) return
  buildRequests()?.request({ ...change, user: typeof req.user?.email === 'string' ? req.user.email : undefined })
}

const afterCollectionChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (!buildRequests() || req.context?.[SKIP_SITE_BUILD]) return doc
  const action = await publicationChange({
    doc,
    drafts: Boolean(collection.versions?.drafts),
    operation,
    previousDoc,
    storedStatus: async () =>
      ((await req.payload.db.findOne({ collection: collection.slug, req, where: { id: { equals: doc.id } } })) as { _status?: string } | null)?._status,
  })
  if (action) ask(req, { action, documentId: String(doc.id), source: collection.slug, title: titleOf(doc, collection.admin?.useAsTitle) })
  return doc
}

const afterCollectionDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!collection.versions?.drafts || doc._status === 'published') {
    ask(req, { action: 'deleted', documentId: String(doc.id), source: collection.slug, title: titleOf(doc, collection.admin?.useAsTitle) })
  }
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  if (!buildRequests() || req.context?.[SKIP_SITE_BUILD]) return doc
  const action = await publicationChange({
    doc,
    drafts: Boolean(global.versions?.drafts),
    operation: 'update',
    previousDoc,
    storedStatus: async () => ((await req.payload.db.findGlobal({ req, slug: global.slug })) as { _status?: string } | null)?._status,
  })
  if (action) ask(req, { action, source: global.slug })
  return doc
}

/** The collection, rebuilding the public site whenever what the public sees of it changes. */
export const rebuildsSite = (collection: CollectionConfig): CollectionConfig =>
  addCollectionHooks(collection, { afterChange: [afterCollectionChange], afterDelete: [afterCollectionDelete] })

/** The global, rebuilding the public site whenever its published version changes. */
export const rebuildsSiteGlobal = (global: GlobalConfig): GlobalConfig => addGlobalHooks(global, { afterChange: [afterGlobalChange] })
