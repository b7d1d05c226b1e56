import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { handleBuildRequests } from '../../cms/publishing/buildRequests'
import type { SiteChange } from '../../cms/publishing/siteChange'
import { seed } from '../../cms/seed'
import { staffUser, testPayload } from './payload'

let payload: Payload
let editor: User
let requests: SiteChange[] = []

beforeAll(async () => {
  handleBuildRequests({ request: (change) => requests.push(change) })
  payload = await testPayload()
  await staffUser(payload, 'admin')
  editor = await staffUser(payload, 'editor')
})
beforeEach(() => {
  requests = []
})
afterAll(() => handleBuildRequests(undefined))

const asEditor = () => ({ overrideAccess: false, user: editor }) as const
const actions = () => requests.map((r) => `${r.action} ${r.source}${r.title ? ` ${r.title}` : ''}`)

async function draftNews(title: string) {
  const doc = await payload.create({ collection: 'news', data: { category: 'announcement', title }, draft: true, ...asEditor() })
  return doc.id
}

describe('which saves rebuild the public site', () => {
  it('seeding the database asks for no build', async () => {
    await seed(payload, { log: () => {} })
    expect(requests).toEqual([])
  })

  it('saving a new draft does not, publishing it does, naming the item and the editor', async () => {
    const id = await draftNews('闭馆通知草稿')
    await payload.update({ collection: 'news', data: { title: '闭馆通知草稿（修改）' }, draft: true, id, ...asEditor() })
    expect(requests).toEqual([])

    await payload.update({ collection: 'news', data: { _status: 'published' }, id, ...asEditor() })
    expect(requests).toEqual([{ action: 'published', documentId: String(id), source: 'news', title: '闭馆通知草稿（修改）', user: editor.email }])
  })

  it('a draft saved over a published item does not, until it is published', async () => {
    const id = await draftNews('周末讲座预告')
    await payload.update({ collection: 'news', data: { _status: 'published' }, id, ...asEditor() })
    requests = []

    await payload.update({ collection: 'news', data: { title: '周末讲座预告（改期）' }, draft: true, id, ...asEditor() })
    await payload.update({ collection: 'news', data: { summary: '改期到下周' }, draft: true, id, ...asEditor() })
    expect(requests).toEqual([])

    await payload.update({ collection: 'news', data: { _status: 'published' }, id, ...asEditor() })
    expect(actions()).toEqual(['published news 周末讲座预告（改期）'])
  })

  it('unpublishing and deleting a published item do; deleting a draft does not', async () => {
    const id = await draftNews('临时通知')
    await payload.update({ collection: 'news', data: { _status: 'published' }, id, ...asEditor() })
    requests = []

    await payload.update({ collection: 'news', data: { _status: 'draft' }, id, ...asEditor() })
    expect(actions()).toEqual(['unpublished news 临时通知'])

    requests = []
    await payload.delete({ collection: 'news', id, ...asEditor() })
    expect(requests).toEqual([])

    const published = await payload.create({ collection: 'lectures', data: { _status: 'published', startDate: '2026-12-12', topic: '冬季养生讲座' }, ...asEditor() })
    requests = []
    await payload.delete({ collection: 'lectures', id: published.id, ...asEditor() })
    expect(actions()).toEqual(['deleted lectures 冬季养生讲座'])
  })

  it('opening hours: a draft does not, publishing a dated closure does', async () => {
    const hours = await payload.findGlobal({ slug: 'opening-hours', depth: 0 })
    const closure = { closed: true, endDate: '2026-12-07', reason: '设备检修', startDate: '2026-12-07' }
    await payload.updateGlobal({ slug: 'opening-hours', data: { exceptions: [closure], schedules: hours.schedules }, draft: true, ...asEditor() })
    expect(requests).toEqual([])

    await payload.updateGlobal({ slug: 'opening-hours', data: { _status: 'published', exceptions: [closure] }, ...asEditor() })
    expect(actions()).toEqual(['published opening-hours'])
  })

  it('an uploaded image does only once it changes, since nothing shows it before', async () => {
    const image = await sharp({ create: { background: '#a8322a', channels: 3, height: 40, width: 60 } }).png().toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '借阅台' },
      file: { data: image, mimetype: 'image/png', name: 'desk.png', size: image.length },
      ...asEditor(),
    })
    expect(requests).toEqual([])
    await payload.update({ collection: 'media', data: { alt: '新的借阅台' }, id: media.id, ...asEditor() })
    expect(actions()).toEqual(['updated media 新的借阅台'])
  })

  it('a scheduled publish does when the job runner publishes it', async () => {
    const id = await draftNews('下周一闭馆')
    await payload.jobs.queue({
      input: { doc: { relationTo: 'news', value: id }, type: 'publish', user: { relationTo: 'users', value: editor.id } },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    expect(requests).toEqual([])
    await payload.jobs.run()
    expect(actions()).toEqual(['published news 下周一闭馆'])
  })
})
