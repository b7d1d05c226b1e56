import type { CatalogRecord } from '../contract'

/** A MARC record made into a catalog record, or refused with the reason. */
export type NormalizeResult = { ok: true; record: CatalogRecord } | { ok: false; reason: string }
