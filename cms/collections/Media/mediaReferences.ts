import { type Field, type SanitizedConfig, traverseFields } from 'payload'
import { fieldShouldBeLocalized } from 'payload/shared'

/** The slug of the collection of images. */
export const MEDIA = 'media'

type Id = number | string

/** Whether an upload or relationship field can point at media. */
const pointsAtMedia = (relationTo: string | string[]) => (Array.isArray(relationTo) ? relationTo.includes(MEDIA) : relationTo === MEDIA)

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'number' || typeof value === 'string' ? value : (value as { id?: Id } | null)?.id

/** The media a field's value names: an id, a populated document, `{ relationTo, value }`, or a list of these. */
function relatedMedia(value: unknown, polymorphic: boolean, found: Set<string>): void {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (polymorphic) {
      const { relationTo, value: related } = (item ?? {}) as { relationTo?: string; value?: unknown }
      if (relationTo === MEDIA && idOf(related) !== undefined) found.add(String(idOf(related)))
    } else if (idOf(item) !== undefined) {
      found.add(String(idOf(item)))
    }
  }
}

/** The media in a Lexical document: its upload nodes, and any other node that names a media document. */
function richTextMedia(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) richTextMedia(child, found)
    return
  }
  if (!node || typeof node !== 'object') return
  const { relationTo, value } = node as { relationTo?: unknown; value?: unknown }
  if (relationTo === MEDIA && idOf(value) !== undefined) found.add(String(idOf(value)))
  for (const child of Object.values(node)) richTextMedia(child, found)
}

/**
 * The ids of the media a document shows: its upload and relationship fields that point at
 * media, and the images in its rich text, in every language and at any depth of groups,
 * tabs, arrays and blocks. `data` is the document as read with `locale: 'all'`; `config` names
 * the blocks that fields only refer to.
 */
export function mediaReferences(fields: Field[], data: unknown, config?: SanitizedConfig): Set<string> {
  const found = new Set<string>()
  traverseFields({
    callback: ({ field, parentIsLocalized, ref }) => {
      if (!('name' in field) || !field.name || !ref || typeof ref !== 'object') return
      const stored = (ref as Record<string, unknown>)[field.name]
      const values = fieldShouldBeLocalized({ field, parentIsLocalized }) && stored && typeof stored === 'object' ? Object.values(stored) : [stored]
      for (const value of values) {
        if ((field.type === 'upload' || field.type === 'relationship') && pointsAtMedia(field.relationTo)) {
          relatedMedia(value, Array.isArray(field.relationTo), found)
        } else if (field.type === 'richText') {
          richTextMedia(value, found)
        }
      }
    },
    config,
    fields,
    fillEmpty: false,
    ref: data as Record<string, unknown>,
  })
  return found
}

const showsMedia = new WeakMap<Field[], boolean>()

/** Whether documents with these fields can show media at all: a field that points at media, or rich text. */
export function canShowMedia(fields: Field[]): boolean {
  let result = showsMedia.get(fields)
  if (result === undefined) {
    result = false
    traverseFields({
      callback: ({ field }) => {
        const shows = field.type === 'richText' || ((field.type === 'upload' || field.type === 'relationship') && pointsAtMedia(field.relationTo))
        if (shows) result = true
        return shows
      },
      fields,
    })
    showsMedia.set(fields, result)
  }
  return result
}
