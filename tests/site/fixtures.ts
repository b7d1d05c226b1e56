/**
 * What the site tests add to the seeded content: things the 2014 report does not have but the
 * site must handle — drafts that must never be published, a dated closure, an item without
 * English, an uploaded image.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

/** Text that exists only in drafts: it must appear nowhere in the built site. */
export const DRAFT_MARKER = '草稿标记DRAFT-7f3a'

/** A closure the site must show on the visit page and in "open now". */
export const CLOSURE = { end: '2026-12-08', reason: '消防设备检修', start: '2026-12-07' }

/** A lecture written in Chinese only: English pages show it in Chinese, marked as such. */
export const CHINESE_ONLY_LECTURE = { startDate: '2026-10-12', topic: '醴陵瓷器史话' }

/** A published news item with a cover image. */
export const ILLUSTRATED_NEWS = { alt: '图书馆新添的阅览座椅', slug: 'new-reading-chairs', title: '阅览室添置新座椅' }

/**
 * A news item whose titles carry control characters, stored around the CMS (which strips them on
 * save), as an old import or an edit of the database could: the feeds must stay well-formed.
 */
export const CONTROL_CHARACTER_NEWS = { en: 'Temporary\u000bclosure', slug: 'temporary-closure', zh: '临时\u0001闭馆\u0008通知' }

/** The fixtures' schedule: the date the site is built as if it were today. */
export const SITE_TODAY = '2026-09-28'

export async function addFixtures(payload: Payload): Promise<void> {
  await payload.create({
    collection: 'news',
    data: { body: undefined, category: 'announcement', summary: DRAFT_MARKER, title: `${DRAFT_MARKER} 未发布的通知` },
    draft: true,
  })
  const published = await payload.create({
    collection: 'news',
    data: { _status: 'published', category: 'news', slug: 'published-with-a-newer-draft', title: '已发布的新闻' },
  })
  await payload.update({ id: published.id, collection: 'news', data: { title: `${DRAFT_MARKER} 修改中的标题` }, draft: true })
  await payload.create({
    collection: 'lectures',
    data: { _status: 'draft', startDate: '2026-10-10', topic: `${DRAFT_MARKER} 草稿讲座` },
    draft: true,
  })

  const stored = await payload.create({
    collection: 'news',
    data: { _status: 'published', category: 'announcement', publishedAt: '2026-09-25T02:00:00.000Z', slug: CONTROL_CHARACTER_NEWS.slug, title: '临时闭馆通知' },
  })
  await payload.db.updateOne({ collection: 'news', data: { title: { en: CONTROL_CHARACTER_NEWS.en, zh: CONTROL_CHARACTER_NEWS.zh } }, id: stored.id })

  await payload.create({
    collection: 'lectures',
    data: { _status: 'published', attendance: 45, venue: '醴陵市图书馆报告厅', ...CHINESE_ONLY_LECTURE },
  })

  const hours = await payload.findGlobal({ slug: 'opening-hours', depth: 0 })
  await payload.updateGlobal({
    slug: 'opening-hours',
    data: {
      _status: 'published',
      exceptions: [{ closed: true, endDate: CLOSURE.end, reason: CLOSURE.reason, startDate: CLOSURE.start }],
      schedules: hours.schedules,
    },
  })

  const image = await sharp({
    create: { background: { b: 115, g: 70, r: 29 }, channels: 3, height: 1000, width: 1600 },
  })
    .composite([{ input: Buffer.from('<svg width="1600" height="1000"><circle cx="800" cy="500" r="300" fill="#a8322a"/></svg>') }])
    .jpeg()
    .toBuffer()
  const cover = await payload.create({
    collection: 'media',
    data: { alt: ILLUSTRATED_NEWS.alt },
    file: { data: image, mimetype: 'image/jpeg', name: 'reading-chairs.jpg', size: image.length },
  })
  await payload.create({
    collection: 'news',
    data: {
      _status: 'published',
      category: 'news',
      cover: cover.id,
      publishedAt: '2026-09-20T10:00:00.000Z',
      slug: ILLUSTRATED_NEWS.slug,
      summary: '综合阅览室换上了新的座椅。',
      title: ILLUSTRATED_NEWS.title,
    },
  })
}
