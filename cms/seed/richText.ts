import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { FlattenedField, RichTextField } from 'payload'

/**
 * Turns the Markdown of rich-text fields into Lexical documents, using each field's own
 * editor configuration, so the result is what the admin's editor would have stored.
 */
export function markdownToRichText(data: Record<string, unknown>, fields: FlattenedField[]): Record<string, unknown> {
  const converted = { ...data }
  for (const field of fields) {
    const markdown = converted[field.name]
    if (field.type !== 'richText' || typeof markdown !== 'string') continue
    const editorConfig = editorConfigFactory.fromField({ field: field as unknown as RichTextField })
    converted[field.name] = convertMarkdownToLexical({ editorConfig, markdown: markdown.trim() })
  }
  return converted
}
