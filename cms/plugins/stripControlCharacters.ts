import type { Field, FieldHook, Plugin } from 'payload'

import { withoutControlCharacters } from '../../shared/controlCharacters'

/** Every string in a value: a text, a list of texts (`hasMany`), all languages at once, or a rich-text document. */
function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return withoutControlCharacters(value)
  if (Array.isArray(value)) return value.map(cleaned)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleaned(item)]))
  return value
}

// Stripped silently, not refused: the characters are invisible, so staff could not find what a
// refusal asked them to remove, and they mean nothing on a page. Done before validation, so a
// title that was nothing else is empty and the usual "required" message applies.
const stripOnSave: FieldHook = ({ value }) => cleaned(value)

function withStripping(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
      return { ...field, hooks: { ...field.hooks, beforeValidate: [stripOnSave, ...(field.hooks?.beforeValidate ?? [])] } } as Field
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withStripping(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withStripping(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withStripping(field.fields) } as Field
    return field
  })
}

/**
 * Leaves out of every text, textarea and rich-text field of every collection and global the
 * characters no feed may carry (see controlCharacters): one in a news title made both RSS feeds
 * unreadable. Pasting brings them in; line and page breaks become spaces.
 */
export const stripControlCharacters: Plugin = (config) => ({
  ...config,
  blocks: config.blocks?.map((block) => ({ ...block, fields: withStripping(block.fields) })),
  collections: config.collections?.map((collection) => ({ ...collection, fields: withStripping(collection.fields) })),
  globals: config.globals?.map((global) => ({ ...global, fields: withStripping(global.fields) })),
})
