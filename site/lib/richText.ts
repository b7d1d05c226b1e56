import { convertLexicalToHTML, type HTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { sanitizeUrl } from 'payload/shared'

import { escapeHtml } from '../../shared/escapeHtml'

/** Lexical's text format bits and the element for each, innermost first. */
const TEXT_FORMATS: [bit: number, tag: string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

/** Alignments that differ from the page's own, as classes of `.prose` (global.css). */
const ALIGNMENTS: Record<string, string> = { center: 'align-center', end: 'align-right', justify: 'align-justify', right: 'align-right' }

type Node = SerializedLexicalNode & { children?: SerializedLexicalNode[]; format?: number | string }
type LinkNode = Node & { fields: { linkType?: string; newTab?: boolean; url?: string } }

/** Gives a block its alignment as a class, in the place where Payload's converter writes a style attribute. */
const aligned =
  (convert: HTMLConverter): HTMLConverter =>
  (args) => {
    const alignment = ALIGNMENTS[String((args.node as Node).format)]
    return typeof convert === 'string' ? convert : convert({ ...args, providedStyleTag: alignment ? ` class="${alignment}"` : '' })
  }

/**
 * A link only to a web address, mail or telephone; anything else (javascript:, data:, an
 * internal link the static site has no address for) is left as its text, not a dead `#`.
 */
const link: HTMLConverter<LinkNode> = ({ node, nodesToHTML }) => {
  const children = nodesToHTML({ nodes: node.children ?? [] }).join('')
  const url = node.fields.linkType === 'internal' ? '' : (node.fields.url ?? '')
  const safe = sanitizeUrl(url)
  if (!safe || (safe === '#' && !url.trim().startsWith('#'))) return children
  return `<a href="${escapeHtml(safe)}"${node.fields.newTab ? ' rel="noopener noreferrer" target="_blank"' : ''}>${children}</a>`
}

/**
 * Payload's converters, with no style attribute anywhere (the site's Content-Security-Policy
 * allows no inline styles): formatting as elements, alignment as classes, indent dropped.
 */
const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  autolink: link,
  heading: aligned(defaultConverters.heading as HTMLConverter),
  link,
  listitem: ({ node, nodesToHTML, parent }) => {
    const children = nodesToHTML({ nodes: node.children })
    const nested = node.children.some((child) => child.type === 'list')
    const checklist = 'listType' in parent && parent.listType === 'check'
    const state = checklist ? ` class="${node.checked ? 'checked' : 'unchecked'}"` : nested ? ' class="nested"' : ''
    return `<li${state}>${children.join('')}</li>`
  },
  paragraph: aligned(defaultConverters.paragraph as HTMLConverter),
  quote: aligned(defaultConverters.quote as HTMLConverter),
  text: ({ node }) => TEXT_FORMATS.reduce((html, [bit, tag]) => (node.format & bit ? `<${tag}>${html}</${tag}>` : html), escapeHtml(node.text)),
})

/**
 * Lexical rich text from the CMS as HTML, through Payload's own converter with the changes
 * above. All text is escaped. Empty documents give an empty string.
 */
export function richTextToHtml(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  return convertLexicalToHTML({ converters, data: value as SerializedEditorState, disableContainer: true, disableIndent: true, disableTextAlign: true })
}
