import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { syncMediaUse } from '../../cms/collections/Media/mediaUse'
import type { Media, Page, User } from '../../cms/payload-types'
import { staffUser, testPayload } from './payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  editor = await staffUser(payload, 'editor', 'editor@example.org')
})

let uploads = 0
/** An image uploaded by staff, used by nothing yet. */
async function image(alt: string): Promise<Media> {
  uploads += 1
  const data = await sharp({ create: { background: { b: 40, g: 60, r: 120 + uploads }, channels: 3, height: 300, width: 400 } }).png().toBuffer()
  return payload.create({ collection: 'media', data: { alt }, file: { data, mimetype: 'image/png', name: `photo-${uploads}.png`, size: data.length }, user: editor })
}

/** What an anonymous visitor gets of the image: listed among the media, and readable by its id. */
async function publicSees(media: Media): Promise<{ listed: boolean; readable: boolean }> {
  const { docs } = await payload.find({ collection: 'media', overrideAccess: false, pagination: false })
  const readable = await payload.findByID({ collection: 'media', id: media.id, overrideAccess: false }).then(
    () => true,
    () => false,
  )
  return { listed: docs.some((doc) => doc.id === media.id), readable }
}

const HIDDEN = { listed: false, readable: false }
const SHOWN = { listed: true, readable: true }

/** A Lexical document of one paragraph and one image, as the admin's editor stores it. */
const bodyWithImage = (media: Media): Page['body'] => ({
  root: {
    children: [
      { children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: '开幕式现场。', type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 },
      { fields: null, format: '', id: `upload-${media.id}`, relationTo: 'media', type: 'upload', value: media.id, version: 3 },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
} as const)

describe('an image of embargoed content', () => {
  it('is neither listed nor readable by the public while only a draft uses it, and is once the item is published', async () => {
    const cover = await image('尚未公布的新馆效果图')
    const news = await payload.create({ collection: 'news', data: { category: 'news', cover: cover.id, title: '新馆即将开放' }, draft: true, user: editor })
    expect(await publicSees(cover)).toEqual(HIDDEN)

    await payload.update({ collection: 'news', data: { _status: 'published' }, id: news.id, user: editor })
    expect(await publicSees(cover)).toEqual(SHOWN)
    const read = await payload.findByID({ collection: 'news', depth: 1, id: news.id, overrideAccess: false })
    expect((read.cover as Media).alt).toBe('尚未公布的新馆效果图')
  })

  it('is hidden again when its item is unpublished or deleted', async () => {
    const cover = await image('撤回的海报')
    const news = await payload.create({ collection: 'news', data: { _status: 'published', category: 'news', cover: cover.id, title: '撤回的通知' }, user: editor })
    expect(await publicSees(cover)).toEqual(SHOWN)
    await payload.update({ collection: 'news', data: { _status: 'draft' }, id: news.id, user: editor })
    expect(await publicSees(cover)).toEqual(HIDDEN)

    await payload.update({ collection: 'news', data: { _status: 'published' }, id: news.id, user: editor })
    expect(await publicSees(cover)).toEqual(SHOWN)
    await payload.delete({ collection: 'news', id: news.id, user: editor })
    expect(await publicSees(cover)).toEqual(HIDDEN)
  })

  it('stays hidden when a draft adds it to a published item, and the published image stays shown', async () => {
    const shown = await image('已发布的展览照片')
    const embargoed = await image('下一期展览的照片')
    const exhibition = await payload.create({
      collection: 'exhibitions',
      data: { _status: 'published', endDate: '2015-05-10', images: [shown.id], startDate: '2015-05-01', title: '陶瓷艺术展' },
      user: editor,
    })
    await payload.update({ collection: 'exhibitions', data: { images: [embargoed.id] }, draft: true, id: exhibition.id, user: editor })
    expect(await publicSees(shown)).toEqual(SHOWN)
    expect(await publicSees(embargoed)).toEqual(HIDDEN)

    await payload.update({ collection: 'exhibitions', data: { _status: 'published', images: [embargoed.id] }, id: exhibition.id, user: editor })
    expect(await publicSees(shown)).toEqual(HIDDEN)
    expect(await publicSees(embargoed)).toEqual(SHOWN)
  })

  it('stays shown while another published item still uses it', async () => {
    const shared = await image('图书馆外景')
    const first = await payload.create({ collection: 'news', data: { _status: 'published', category: 'news', cover: shared.id, title: '第一条' }, user: editor })
    await payload.create({ collection: 'news', data: { _status: 'published', category: 'news', cover: shared.id, title: '第二条' }, user: editor })
    await payload.delete({ collection: 'news', id: first.id, user: editor })
    expect(await publicSees(shared)).toEqual(SHOWN)
  })

  it('in the rich text of a page, in either language, follows the page', async () => {
    const chinese = await image('阅览室')
    const english = await image('The reading room')
    const page = await payload.create({ collection: 'pages', data: { body: bodyWithImage(chinese), title: '阅览室' }, draft: true, locale: 'zh', user: editor })
    await payload.update({ collection: 'pages', data: { body: bodyWithImage(english), title: 'Reading rooms' }, draft: true, id: page.id, locale: 'en', user: editor })
    expect(await publicSees(chinese)).toEqual(HIDDEN)
    expect(await publicSees(english)).toEqual(HIDDEN)

    // Published from the Chinese editor: the English text goes live with it, and so does its image.
    await payload.update({ collection: 'pages', data: { _status: 'published' }, id: page.id, locale: 'zh', user: editor })
    expect(await publicSees(chinese)).toEqual(SHOWN)
    expect(await publicSees(english)).toEqual(SHOWN)
  })
})

describe('images nothing published uses', () => {
  it('are readable by the public once staff mark them public', async () => {
    const logo = await image('馆徽')
    expect(await publicSees(logo)).toEqual(HIDDEN)
    await payload.update({ collection: 'media', data: { public: true }, id: logo.id, user: editor })
    expect(await publicSees(logo)).toEqual(SHOWN)
  })

  it('are all seen by staff', async () => {
    const draftOnly = await image('草稿配图')
    const { docs } = await payload.find({ collection: 'media', overrideAccess: false, pagination: false, user: editor })
    expect(docs.map((doc) => doc.id)).toContain(draftOnly.id)
  })

  it('cannot be made public through the bookkeeping of their use', async () => {
    const draftOnly = await image('只在草稿中')
    await payload.update({ collection: 'media', data: { usedByPublished: true }, id: draftOnly.id, overrideAccess: false, user: editor })
    expect(await publicSees(draftOnly)).toEqual(HIDDEN)
  })
})

describe('at start-up', () => {
  it('shows the images of content published before their use was recorded (an upgrade, a restore), and hides the rest', async () => {
    const cover = await image('旧版本发布的封面')
    const unused = await image('旧版本上传未用的图片')
    await payload.create({ collection: 'news', data: { _status: 'published', category: 'news', cover: cover.id, title: '旧新闻' }, user: editor })
    // As a database from before this bookkeeping, or restored from elsewhere, would have them.
    await payload.db.updateOne({ collection: 'media', data: { usedBy: [], usedByPublished: false }, id: cover.id })
    await payload.db.updateOne({ collection: 'media', data: { usedBy: ['news/999999'], usedByPublished: true }, id: unused.id })
    expect(await publicSees(cover)).toEqual(HIDDEN)
    expect(await publicSees(unused)).toEqual(SHOWN)

    await syncMediaUse(payload)
    expect(await publicSees(cover)).toEqual(SHOWN)
    expect(await publicSees(unused)).toEqual(HIDDEN)
  })
})
