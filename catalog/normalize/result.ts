import type { CatalogRecord } from '../contract'
import type { RecordWarning } from '../marc/types'

/** A MARC record made into a catalog record, with what was dropped or repaired on the way, or refused with the reason. */
export type NormalizeResult = { ok: true; record: CatalogRecord; warnings: RecordWarning[] } | { ok: false; reason: string }
