/**
 * Hostile text, as it goes into every text field the site renders (`hostileFields.ts` finds
 * them, `hostileContent.ts` publishes it): the site must show it as text and never let it run.
 * Each field's text starts with a marker naming the field, so a test can tell that the field
 * was rendered at all.
 */

/** A text field that gets hostile text: `key` names it by collection or global and path (`library-profile.departments.name`). */
export type HostileField = { key: string; kind: 'richText' | 'text' | 'textarea' }

/**
 * Fields that get hostile text but that no page shows as text (yet): no page has image
 * captions, and the profile's name goes only into the JSON-LD (pages name the library in their
 * interface texts).
 */
export const NOT_RENDERED: string[] = ['media.caption', 'library-profile.name']

/** What every hostile text calls if it ever runs; the browser tests define it. */
export const HOSTILE_CALL = 'hostile()'

/** The slug of the hostile document of a collection. */
export const hostileSlug = (collection: string) => `hostile-${collection}`

/** The marker a field's hostile text starts with: it must show up as text. */
export const hostileMarker = (key: string) => `XSS[${key}]`

/**
 * Markup that runs script if it is ever written out unescaped: script elements, event
 * handlers, an attribute break-out, a `</script>` that would end a JSON-LD block, the end of
 * an XML CDATA section. Textareas also get a line break, which could start new iCalendar lines.
 */
export function hostileText({ key, kind }: HostileField): string {
  const lineBreak = kind === 'textarea' ? '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected' : ''
  return (
    `${hostileMarker(key)} <script>${HOSTILE_CALL}</script><img src=x onerror=${HOSTILE_CALL}><svg onload=${HOSTILE_CALL}></svg>` +
    `" onmouseover="${HOSTILE_CALL}" '><b onclick=${HOSTILE_CALL}>b</b></script><script>${HOSTILE_CALL}</script>]]>${lineBreak}`
  )
}

/** URLs that run script or load a document of the attacker's when followed. */
export const HOSTILE_URLS = [
  `javascript:${HOSTILE_CALL}`,
  `JaVaScRiPt:${HOSTILE_CALL}`,
  `\tjavascript:${HOSTILE_CALL}`,
  `vbscript:${HOSTILE_CALL}`,
  `data:text/html;base64,${Buffer.from(`<script>${HOSTILE_CALL}</script>`).toString('base64')}`,
]

/** A link that must survive the cleaning: rich text keeps ordinary links. */
export const SAFE_LINK = 'https://www.example.org/safe-link'

type LexicalNode = { [key: string]: unknown; type: string; version: number }
type Alignment = '' | 'center' | 'right'

const text = (value: string, format = 0): LexicalNode => ({ detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const block = (type: string, children: LexicalNode[], { format = '', ...extra }: { [key: string]: unknown; format?: Alignment } = {}) => ({
  children,
  direction: 'ltr' as const,
  format,
  indent: 0,
  type,
  version: 1,
  ...extra,
})
const link = (url: string, type = 'link') => block(type, [text(`link to ${url}`)], { fields: { linkType: 'custom', newTab: type === 'link', url } })
const list = (listType: 'bullet' | 'check' | 'number', items: LexicalNode[][]) =>
  block(
    'list',
    items.map((children, index) => block('listitem', children, { checked: listType === 'check' ? index === 0 : undefined, value: index + 1 })),
    { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' },
  )

/**
 * Lexical rich text with the hostile text in every node the editor makes: paragraphs (with
 * formatting, alignment and indent, which the converter writes as style attributes), a
 * heading, a quote, lists of each type (nested too) and links to hostile URLs.
 */
export function hostileRichText(field: HostileField) {
  const attack = hostileText({ ...field, kind: 'text' })
  return {
    root: block('root', [
      block('paragraph', [text(attack), text(' bold', 1), text(' struck', 4), text(' underlined', 8), text(' both', 12)], { format: 'center', indent: 1 }),
      block('heading', [text(attack)], { tag: 'h2' }),
      block('quote', [text(attack)], { format: 'right' }),
      block('paragraph', [...HOSTILE_URLS.map((url) => link(url)), link(`javascript:${HOSTILE_CALL}`, 'autolink'), link(SAFE_LINK)]),
      list('bullet', [[text(attack)], [text('nested'), list('number', [[text(attack)]])]]),
      list('check', [[text(attack)], [text('unchecked')]]),
    ]),
  }
}

/** The value a field gets: its hostile text (in a list, for a text field that holds several), or a rich-text document full of it. */
export function hostileValue(field: HostileField, { hasMany = false } = {}): unknown {
  if (field.kind === 'richText') return hostileRichText(field)
  return hasMany ? [hostileText(field)] : hostileText(field)
}
