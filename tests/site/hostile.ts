/**
 * Hostile text in every kind of text field the site renders, published like any other content:
 * the site must show it as text and never let it run. Each field's text starts with a marker
 * naming the field, so a test can tell that the field was rendered at all.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

/** The fields that get hostile text, by collection or global. */
export const HOSTILE_FIELDS = [
  'news.title',
  'news.summary',
  'news.body',
  'news.editorNote',
  'media.alt',
  'media.caption',
  'lectures.topic',
  'lectures.speaker',
  'lectures.venue',
  'lectures.note',
  'lectures.audience',
  'exhibitions.title',
  'exhibitions.organisers',
  'exhibitions.venue',
  'exhibitions.description',
  'reading-activities.activity',
  'reading-activities.audience',
  'reading-activities.outcome',
  'reading-activities.description',
  'van-visits.host',
  'van-visits.place',
  'chronicle.title',
  'chronicle.body',
  'service-points.name',
  'service-points.address',
  'service-points.hours',
  'service-points.description',
  'pages.body',
  'library-profile.streetAddress',
  'library-profile.phone',
  'library-profile.departments.name',
  'library-profile.departments.description',
  'library-profile.honours.title',
  'library-profile.leadership.role',
  'opening-hours.holidayNote',
  'opening-hours.exceptions.reason',
  'statistics.otherFigures.label',
  'statistics.otherFigures.unit',
] as const

export type HostileField = (typeof HOSTILE_FIELDS)[number]

/** Fields that get hostile text but that the site does not show (yet): no page has image captions. */
export const NOT_RENDERED: HostileField[] = ['media.caption']

/** What every hostile text calls if it ever runs; the browser tests define it. */
export const HOSTILE_CALL = 'hostile()'

/** The marker a field's hostile text starts with: it must show up as text. */
export const hostileMarker = (field: HostileField) => `XSS[${field}]`

/**
 * Markup that runs script if it is ever written out unescaped: script elements, event
 * handlers, an attribute break-out, a `</script>` that would end a JSON-LD block, the end of
 * an XML CDATA section. Textareas also get a line break, which could start new iCalendar lines.
 */
export function hostileText(field: HostileField, { multiline = false } = {}): string {
  const lineBreak = multiline ? '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected' : ''
  return (
    `${hostileMarker(field)} <script>${HOSTILE_CALL}</script><img src=x onerror=${HOSTILE_CALL}><svg onload=${HOSTILE_CALL}></svg>` +
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
  const attack = hostileText(field)
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

/** The published hostile items: one per collection, with distinct slugs, and hostile rows in the globals. */
export async function addHostileContent(payload: Payload): Promise<void> {
  const image = await sharp({ create: { background: { b: 40, g: 50, r: 168 }, channels: 3, height: 600, width: 900 } }).jpeg().toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: hostileText('media.alt'), caption: hostileText('media.caption') },
    file: { data: image, mimetype: 'image/jpeg', name: 'hostile.jpg', size: image.length },
  })
  const published = { _status: 'published' } as const

  await payload.create({
    collection: 'news',
    data: {
      ...published,
      body: hostileRichText('news.body'),
      category: 'announcement',
      cover: media.id,
      editorNote: hostileText('news.editorNote', { multiline: true }),
      publishedAt: '2026-03-02T10:00:00.000Z',
      slug: 'hostile-news',
      summary: hostileText('news.summary', { multiline: true }),
      title: hostileText('news.title'),
    },
  })
  await payload.create({
    collection: 'lectures',
    data: {
      ...published,
      audience: hostileText('lectures.audience'),
      note: hostileText('lectures.note'),
      slug: 'hostile-lecture',
      speaker: hostileText('lectures.speaker'),
      startDate: '2026-11-03',
      topic: hostileText('lectures.topic'),
      venue: hostileText('lectures.venue'),
    },
  })
  await payload.create({
    collection: 'exhibitions',
    data: {
      ...published,
      description: hostileRichText('exhibitions.description'),
      endDate: '2026-11-20',
      images: [media.id],
      organisers: [hostileText('exhibitions.organisers')],
      slug: 'hostile-exhibition',
      startDate: '2026-11-10',
      title: hostileText('exhibitions.title'),
      venue: hostileText('exhibitions.venue'),
    },
  })
  await payload.create({
    collection: 'reading-activities',
    data: {
      ...published,
      activity: hostileText('reading-activities.activity'),
      audience: hostileText('reading-activities.audience'),
      description: hostileText('reading-activities.description', { multiline: true }),
      outcome: hostileText('reading-activities.outcome'),
      slug: 'hostile-reading-activity',
      startDate: '2026-11-14',
    },
  })
  await payload.create({
    collection: 'van-visits',
    data: { ...published, category: 'school', date: '2026-11-17', host: hostileText('van-visits.host'), place: hostileText('van-visits.place'), slug: 'hostile-van-visit' },
  })
  await payload.create({
    collection: 'chronicle',
    data: { ...published, body: hostileRichText('chronicle.body'), slug: 'hostile-chronicle', startDate: '2026-03-02', title: hostileText('chronicle.title') },
  })
  await payload.create({
    collection: 'service-points',
    data: {
      ...published,
      address: hostileText('service-points.address'),
      borrowAnywhereReturnAnywhere: 'pilot',
      description: hostileText('service-points.description', { multiline: true }),
      hours: hostileText('service-points.hours'),
      kind: 'branch',
      name: hostileText('service-points.name'),
      slug: 'hostile-branch',
    },
  })

  // Standing pages have fixed addresses: the services page gets the hostile body.
  const { docs: [services] } = await payload.find({ collection: 'pages', where: { slug: { equals: 'services' } } })
  await payload.update({ id: services!.id, collection: 'pages', data: { ...published, body: hostileRichText('pages.body') } })

  const profile = await payload.findGlobal({ slug: 'library-profile', depth: 0 })
  await payload.updateGlobal({
    slug: 'library-profile',
    data: {
      ...published,
      contact: { ...profile.contact, phone: hostileText('library-profile.phone'), streetAddress: hostileText('library-profile.streetAddress') },
      departments: [
        ...(profile.departments ?? []),
        { description: hostileText('library-profile.departments.description'), name: hostileText('library-profile.departments.name') },
      ],
      honours: [...(profile.honours ?? []), { title: hostileText('library-profile.honours.title'), year: 2014 }],
      leadership: [...(profile.leadership ?? []), { name: '王某', role: hostileText('library-profile.leadership.role') }],
    },
  })

  const hours = await payload.findGlobal({ slug: 'opening-hours', depth: 0 })
  await payload.updateGlobal({
    slug: 'opening-hours',
    data: {
      ...published,
      exceptions: [
        ...(hours.exceptions ?? []),
        { closed: true, endDate: '2027-01-05', reason: hostileText('opening-hours.exceptions.reason'), startDate: '2027-01-05' },
      ],
      holidayNote: hostileText('opening-hours.holidayNote'),
    },
  })

  const statistics = await payload.findGlobal({ slug: 'statistics', depth: 0 })
  await payload.updateGlobal({
    slug: 'statistics',
    data: {
      ...published,
      years: (statistics.years ?? []).map((year) =>
        year.year === 2014
          ? {
              ...year,
              otherFigures: [
                ...(year.otherFigures ?? []),
                { label: hostileText('statistics.otherFigures.label'), qualifier: 'exact' as const, unit: hostileText('statistics.otherFigures.unit'), value: 7 },
              ],
            }
          : year,
      ),
    },
  })
}
