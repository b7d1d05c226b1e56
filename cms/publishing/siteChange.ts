import type { PublicAction } from './publicationChange'

/** Why a build was asked for: content that changed, an admin's "rebuild now", or a start. */
export type SiteChange = {
  action: PublicAction | 'rebuild' | 'startup'
  /** The collection or global that changed. */
  source?: string
  documentId?: string
  title?: string
  /** The e-mail of the member of staff who made the change. */
  user?: string
}

/** A document's title as one string, whatever locale the hook saw it in. */
export function titleOf(doc: Record<string, unknown> | undefined, field: string | undefined): string | undefined {
  const value = field ? doc?.[field] : undefined
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const localized = value as Record<string, unknown>
    const first = localized.zh ?? Object.values(localized)[0]
    return typeof first === 'string' ? first : undefined
  }
  return undefined
}
