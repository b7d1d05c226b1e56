import type { CatalogRecord } from '../contract'

/** A catalog record without the optional keys that have no value, so records compare and serialise cleanly. */
export function compact(record: CatalogRecord): CatalogRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as CatalogRecord
}
