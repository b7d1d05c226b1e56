import type { CollectionConfig, GlobalConfig } from 'payload'

type Hooks = Record<string, unknown[] | undefined>

const merged = <T extends Hooks>(hooks: T | undefined, added: T): T => {
  const all: Hooks = { ...hooks }
  for (const [name, list] of Object.entries(added)) all[name] = [...(hooks?.[name] ?? []), ...(list ?? [])]
  return all as T
}

/** The collection with `added` hooks run after its own, for behaviour that every collection gets the same way. */
export const addCollectionHooks = (collection: CollectionConfig, added: NonNullable<CollectionConfig['hooks']>): CollectionConfig => ({
  ...collection,
  hooks: merged(collection.hooks as Hooks, added as Hooks) as CollectionConfig['hooks'],
})

/** The global with `added` hooks run after its own. */
export const addGlobalHooks = (global: GlobalConfig, added: NonNullable<GlobalConfig['hooks']>): GlobalConfig => ({
  ...global,
  hooks: merged(global.hooks as Hooks, added as Hooks) as GlobalConfig['hooks'],
})
