/** What a save or delete did to what the public sees: with drafts, every save that reaches the public is a publish. */
export type PublicAction = 'published' | 'unpublished' | 'deleted' | 'updated'

type Versioned = { _status?: string | null } | null | undefined

export type SaveFacts = {
  /** Whether the collection or global keeps drafts. */
  drafts: boolean
  operation: 'create' | 'update'
  doc: Versioned
  previousDoc: Versioned
  /**
   * The status of the stored (public) document after the save, when the save's own result cannot
   * tell: a draft saved over a published document leaves the public one as it was, while
   * unpublishing changes it, and both look alike in a hook's arguments.
   */
  storedStatus: () => Promise<string | null | undefined>
}

/**
 * What a save changed of the public site: a publish (of a new version or a first one), an
 * unpublish — or nothing, for a draft saved beside (or instead of) the published version.
 * Without drafts, every save of an existing document is public; a new one is not seen until
 * something published refers to it.
 */
export async function publicationChange({ doc, drafts, operation, previousDoc, storedStatus }: SaveFacts): Promise<PublicAction | undefined> {
  if (!drafts) return operation === 'update' ? 'updated' : undefined
  if (doc?._status === 'published') return 'published'
  if (previousDoc?._status !== 'published') return undefined
  return (await storedStatus()) === 'published' ? undefined : 'unpublished'
}
