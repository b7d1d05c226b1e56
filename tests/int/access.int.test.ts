import type { Payload } from 'payload'
import { Forbidden } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../cms/payload-types'
import { staffUser, testPayload } from './payload'

let payload: Payload
let admin: User
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  admin = await staffUser(payload, 'admin', 'admin@example.org')
  editor = await staffUser(payload, 'editor', 'editor@example.org')
})

const lecture = (topic: string) => ({ attendance: 10, startDate: '2015-03-01', topic })

describe('the public', () => {
  it('reads published items but never drafts, even when asking for drafts', async () => {
    const published = await payload.create({ collection: 'lectures', data: { ...lecture('公开讲座'), _status: 'published' } })
    const draft = await payload.create({ collection: 'lectures', data: { ...lecture('草稿讲座'), _status: 'draft' }, draft: true })

    for (const asDraft of [false, true]) {
      const { docs } = await payload.find({ collection: 'lectures', draft: asDraft, overrideAccess: false, pagination: false })
      const ids = docs.map((doc) => doc.id)
      expect(ids).toContain(published.id)
      expect(ids).not.toContain(draft.id)
    }
    await expect(payload.findByID({ id: draft.id, collection: 'lectures', overrideAccess: false })).rejects.toThrow()
  })

  it('does not see the newer draft of a published item', async () => {
    const item = await payload.create({ collection: 'news', data: { _status: 'published', category: 'news', title: '已发布标题' } })
    await payload.update({ id: item.id, collection: 'news', data: { title: '尚未发布的修改' }, draft: true })
    const seen = await payload.findByID({ id: item.id, collection: 'news', draft: true, overrideAccess: false })
    expect(seen.title).toBe('已发布标题')
  })

  it('cannot create, change or delete anything', async () => {
    const item = await payload.create({ collection: 'lectures', data: { ...lecture('讲座'), _status: 'published' } })
    const anonymous = { overrideAccess: false } as const
    await expect(payload.create({ collection: 'lectures', data: lecture('匿名'), ...anonymous })).rejects.toThrow(Forbidden)
    await expect(payload.update({ id: item.id, collection: 'lectures', data: { attendance: 0 }, ...anonymous })).rejects.toThrow(Forbidden)
    await expect(payload.delete({ id: item.id, collection: 'lectures', ...anonymous })).rejects.toThrow(Forbidden)
    await expect(payload.updateGlobal({ slug: 'opening-hours', data: { holidayRule: 'closed' }, ...anonymous })).rejects.toThrow(Forbidden)
    await expect(payload.find({ collection: 'users', ...anonymous })).rejects.toThrow(Forbidden)
  })

  it('reads a global only once it is published', async () => {
    await payload.updateGlobal({ slug: 'statistics', data: { years: [{ year: 2015 }] }, draft: true })
    const seen = await payload.findGlobal({ slug: 'statistics', draft: true, overrideAccess: false })
    expect(seen.years ?? []).toEqual([])
  })
})

describe('staff', () => {
  it('the first account ever created is an admin, whatever role it asked for', async () => {
    const fresh = await testPayload()
    const { totalDocs } = await fresh.count({ collection: 'users' })
    expect(totalDocs).toBeGreaterThan(0)
    expect(admin.role).toBe('admin')
  })

  it('an editor creates and publishes content', async () => {
    const created = await payload.create({ collection: 'news', data: { _status: 'published', category: 'announcement', title: '编辑发布的公告' }, overrideAccess: false, user: editor })
    expect(created._status).toBe('published')
    expect(created.publishedAt).toBeTruthy()
  })

  it('an editor cannot create users', async () => {
    await expect(
      payload.create({ collection: 'users', data: { email: 'new@example.org', password: 'a long enough password', role: 'editor' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow(Forbidden)
  })

  it('an editor cannot make themselves an admin, nor see other accounts', async () => {
    const updated = await payload.update({ id: editor.id, collection: 'users', data: { role: 'admin' }, overrideAccess: false, user: editor })
    expect(updated.role).toBe('editor')
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(docs.map((user) => user.id)).toEqual([editor.id])
  })

  it('an admin creates users', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'colleague@example.org', password: 'a long enough password', role: 'editor' },
      overrideAccess: false,
      user: admin,
    })
    expect(created.role).toBe('editor')
  })
})
