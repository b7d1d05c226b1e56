import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { staffUser, testPayload } from './payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  await staffUser(payload, 'admin')
  editor = await staffUser(payload, 'editor')
})

const publicView = (id: number) =>
  payload.find({ collection: 'news', overrideAccess: false, pagination: false, where: { id: { equals: id } } }).then((r) => r.docs)

describe('scheduled publishing of news', () => {
  it('publishes a scheduled announcement when its time comes, not before', async () => {
    const notice = await payload.create({
      collection: 'news',
      data: { category: 'announcement', title: '下周一闭馆通知' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const publishAt = new Date(Date.now() + 3000)
    await payload.jobs.queue({
      input: { doc: { relationTo: 'news', value: notice.id }, type: 'publish', user: { relationTo: 'users', value: editor.id } },
      task: 'schedulePublish',
      waitUntil: publishAt,
    })

    await payload.jobs.run()
    expect(await publicView(notice.id)).toEqual([])

    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 200))
    await payload.jobs.run()
    const [published] = await publicView(notice.id)
    expect(published?.title).toBe('下周一闭馆通知')
    expect(published?.publishedAt).toBeTruthy()
  })
})
