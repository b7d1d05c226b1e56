import type { Loader } from 'astro/loaders'
import type { CollectionSlug, GlobalSlug } from 'payload'

import { cmsSource } from './source'

/** Loads every published document of a CMS collection, keyed by its slug. */
export function payloadCollection(collection: CollectionSlug): Loader {
  return {
    name: `payload-${collection}`,
    async load({ generateDigest, logger, parseData, store }) {
      const cms = await cmsSource()
      const docs = await cms.find(collection)
      store.clear()
      for (const doc of docs) {
        const id = String(doc.slug ?? doc.id)
        store.set({ data: await parseData({ data: doc, id }), digest: generateDigest(doc), id })
      }
      logger.info(`${docs.length} ${collection} from ${cms.describe}`)
    },
  }
}

/** Loads a published CMS global as the single entry `global` of a collection. */
export function payloadGlobal(slug: GlobalSlug): Loader {
  return {
    name: `payload-${slug}`,
    async load({ generateDigest, parseData, store }) {
      const cms = await cmsSource()
      const doc = await cms.findGlobal(slug)
      store.clear()
      store.set({ data: await parseData({ data: doc, id: 'global' }), digest: generateDigest(doc), id: 'global' })
    },
  }
}
