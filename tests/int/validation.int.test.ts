import type { CollectionSlug, Payload } from 'payload'
import { ValidationError } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_BYTES } from '../../cms/collections/Media/hooks/refuseOversizedUpload'
import { testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

/** Runs a write that must be refused; returns the validation error. */
async function refused(write: Promise<unknown>): Promise<ValidationError> {
  const error = await write.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error, 'the write was accepted').toBeInstanceOf(ValidationError)
  return error as ValidationError
}

/** Asserts that a write is refused because of `field`, whose label the message names, and that nothing new is stored. */
async function expectRefusedFor(collection: CollectionSlug, field: string, fieldLabel: RegExp, write: () => Promise<unknown>) {
  const before = await payload.count({ collection })
  const error = await refused(write())
  expect(error.data.errors.map((e) => e.path)).toContain(field)
  expect(error.message).toMatch(fieldLabel)
  expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
  return error
}

const png = (width: number, height: number) =>
  sharp({ create: { background: '#8b1e2d', channels: 3, height, width } }).png().toBuffer()

describe('bad input is refused with a message that names the field, and nothing is stored', () => {
  it('an end date before the start date', async () => {
    const error = await expectRefusedFor('lectures', 'endDate', /结束日期|End date/, () =>
      payload.create({ collection: 'lectures', data: { endDate: '2015-03-01', startDate: '2015-03-10', topic: '讲座' } }),
    )
    expect(error.data.errors[0]?.message).toMatch(/2015-03-01.*2015-03-10/)
  })

  it('a negative count', async () => {
    await expectRefusedFor('van-visits', 'books', /图书册数|Books/, () =>
      payload.create({ collection: 'van-visits', data: { books: -5, category: 'school', date: '2015-03-04', host: '学校' } }),
    )
  })

  it('a missing Chinese title', async () => {
    await expectRefusedFor('exhibitions', 'title', /标题|Title/, () =>
      payload.create({ collection: 'exhibitions', data: { startDate: '2015-03-04', venue: '展厅' } }),
    )
    await expectRefusedFor('news', 'title', /标题|Title/, () =>
      payload.create({ collection: 'news', data: { category: 'news', title: 'English only' }, locale: 'en' }),
    )
  })

  it('an unknown category', async () => {
    await expectRefusedFor('van-visits', 'category', /类别|Category/, () =>
      payload.create({ collection: 'van-visits', data: { category: 'zoo' as 'school', date: '2015-03-04', host: '动物园' } }),
    )
    await expectRefusedFor('news', 'category', /类别|Category/, () =>
      payload.create({ collection: 'news', data: { category: 'press' as 'news', title: '新闻' } }),
    )
  })

  it('a date that does not exist, such as 2014-11-31', async () => {
    const error = await expectRefusedFor('reading-activities', 'endDate', /结束日期|End date/, () =>
      payload.create({ collection: 'reading-activities', data: { activity: '故事讲述', endDate: '2014-11-31', participants: 700, startDate: '2014-10-01' } }),
    )
    expect(error.data.errors[0]?.message).toContain('2014-11-31')
    await expectRefusedFor('van-visits', 'date', /日期|Date/, () =>
      payload.create({ collection: 'van-visits', data: { category: 'school', date: '2015-02-29', host: '学校' } }),
    )
  })

  it('an upload that is not an image', async () => {
    const text = Buffer.from('This is a text file pretending to be a photo.')
    await expectRefusedFor('media', 'file', /.*/, () =>
      payload.create({ collection: 'media', data: { alt: '照片' }, file: { data: text, mimetype: 'image/jpeg', name: 'photo.jpg', size: text.length } }),
    )
  })

  it('an upload over the size limit', async () => {
    const image = await png(64, 64)
    const oversized = Buffer.concat([image, Buffer.alloc(MAX_UPLOAD_BYTES)])
    const error = await expectRefusedFor('media', 'file', /.*/, () =>
      payload.create({ collection: 'media', data: { alt: '大图' }, file: { data: oversized, mimetype: 'image/png', name: 'big.png', size: oversized.length } }),
    )
    expect(error.data.errors[0]?.message).toMatch(/10\.0 MB/)
  })

  it('an image without Chinese alt text', async () => {
    const image = await png(64, 64)
    await expectRefusedFor('media', 'alt', /替代文字|Alt text/, () =>
      payload.create({ collection: 'media', data: {}, file: { data: image, mimetype: 'image/png', name: 'no-alt.png', size: image.length } }),
    )
  })

  it('an update that breaks a rule leaves the stored item as it was', async () => {
    const lecture = await payload.create({ collection: 'lectures', data: { attendance: 40, startDate: '2015-06-01', topic: '原有讲座' } })
    await refused(payload.update({ id: lecture.id, collection: 'lectures', data: { attendance: -1, topic: '' } }))
    const stored = await payload.findByID({ id: lecture.id, collection: 'lectures' })
    expect(stored).toMatchObject({ attendance: 40, topic: '原有讲座' })
  })
})

describe("a service point's location codes", () => {
  const point = (slug: string, locationCodes: string[]) =>
    payload.create({ collection: 'service-points', data: { _status: 'published', borrowAnywhereReturnAnywhere: 'no', kind: 'branch', locationCodes, name: `网点 ${slug}`, slug } })

  it('are stored trimmed and once each', async () => {
    const stored = await point('codes-trimmed', [' LL-A ', 'LL-B', 'LL-A'])
    expect(stored.locationCodes).toEqual(['LL-A', 'LL-B'])
  })

  it('refuse what cannot be a location code, naming it', async () => {
    const error = await expectRefusedFor('service-points', 'locationCodes', /馆藏地代码|Location codes/, () => point('codes-listed', ['LL-C,LL-D']))
    expect(error.data.errors[0]?.message).toContain('LL-C,LL-D')
  })

  it('refuse a code another service point has, naming that point, and leave the other as it was', async () => {
    const first = await point('codes-first', ['LL-E'])
    const error = await expectRefusedFor('service-points', 'locationCodes', /馆藏地代码|Location codes/, () => point('codes-second', ['LL-F', 'LL-E']))
    expect(error.data.errors[0]?.message).toContain('网点 codes-first')
    expect((await payload.update({ id: first.id, collection: 'service-points', data: { locationCodes: ['LL-E', 'LL-G'] } })).locationCodes).toEqual(['LL-E', 'LL-G'])
  })
})

describe('uploads', () => {
  it('are resized by sharp into the sizes the site uses', async () => {
    const image = await png(2000, 1000)
    const media = await payload.create({
      collection: 'media',
      data: { alt: '图书馆外景' },
      file: { data: image, mimetype: 'image/png', name: 'library.png', size: image.length },
    })
    expect(media).toMatchObject({ height: 1000, width: 2000 })
    expect(media.sizes?.thumbnail?.width).toBe(400)
    expect(media.sizes?.card?.width).toBe(800)
    expect(media.sizes?.large?.width).toBe(1600)
  })
})
