/**
 * Publishes hostile text in every field `hostileFields.ts` finds, as staff would publish any
 * content. Each public collection gets a new published document copied from a seeded one: a
 * slug of its own, its days moved to HOSTILE_DAY, its images the hostile image, its text fields
 * hostile. Each global gets the hostile text in place, and each array a hostile copy of its last
 * row beside the rows other tests read; where the array's own validation refuses a copied row
 * (one row per year), every row gets the hostile text instead.
 */
import type { CollectionSlug, FlattenedField, GlobalSlug, Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'
import sharp from 'sharp'

import { type HostileField, hostileSlug, hostileValue } from './hostile'
import { accepts, anonymousRequest, publicDocuments } from './hostileFields'

/** The day of every hostile event: after the fixtures' today, so that the events are upcoming everywhere. */
const HOSTILE_DAY = '2026-11-10T02:00:00.000Z'

/** Collections whose documents the site shows only at fixed addresses: the hostile text goes into this document of theirs. */
const IN_PLACE: Record<string, string> = { pages: 'services' }

type Data = Record<string, unknown>
type ArrayField = Extract<FlattenedField, { type: 'array' }>

/** A copy is a new document or row: Payload gives it an id and timestamps of its own. */
const withoutIdentity = ({ createdAt, globalType, id, updatedAt, ...data }: Data): Data => data

/**
 * Fills documents: `copied document` and `copied row` make every listed field of a copy hostile
 * (a copied document also moves its days and shows the hostile image), `in place` keeps the rows
 * of arrays and adds a hostile one.
 */
class HostileFiller {
  /** The keys of the fields that got hostile text. */
  readonly filled = new Set<string>()
  /** The hostile upload of each upload collection, by collection. */
  readonly uploads = new Map<string, number | string>()

  constructor(
    private readonly fields: HostileField[],
    private readonly req: PayloadRequest,
  ) {}

  async fill(fields: FlattenedField[], data: Data, prefix: string, mode: 'copied document' | 'copied row' | 'in place'): Promise<Data> {
    const result = mode === 'in place' ? { ...data } : withoutIdentity(data)
    for (const field of fields) {
      const key = `${prefix}.${field.name}`
      const hostile = this.fields.find((candidate) => candidate.key === key)
      if (hostile) {
        result[field.name] = hostileValue(hostile, { hasMany: 'hasMany' in field && field.hasMany === true })
        this.filled.add(key)
      } else if (field.type === 'group' || field.type === 'tab') {
        result[field.name] = await this.fill(field.flattenedFields, (data[field.name] ?? {}) as Data, key, mode)
      } else if (field.type === 'array' && mode !== 'in place') {
        result[field.name] = await Promise.all(((data[field.name] ?? []) as Data[]).map((row) => this.fill(field.flattenedFields, row, key, mode)))
      } else if (field.type === 'array' && this.fields.some((candidate) => candidate.key.startsWith(`${key}.`))) {
        result[field.name] = await this.addRow(field, (data[field.name] ?? []) as Data[], key, data)
      } else if (mode === 'copied document' && field.type === 'date') {
        result[field.name] = HOSTILE_DAY
      } else if (mode === 'copied document' && field.type === 'upload' && typeof field.relationTo === 'string' && this.uploads.has(field.relationTo)) {
        const upload = this.uploads.get(field.relationTo)!
        result[field.name] = field.hasMany ? [upload] : upload
      }
    }
    return result
  }

  /** The rows with a hostile copy of the last one added; or every row hostile, when the array refuses the copy. */
  private async addRow(field: ArrayField, rows: Data[], key: string, siblingData: Data): Promise<Data[]> {
    const last = rows.at(-1)
    if (!last) return rows
    const added = [...rows, await this.fill(field.flattenedFields, last, key, 'copied row')]
    if (await accepts(field, added, key, this.req, siblingData)) return added
    return Promise.all(rows.map((row) => this.fill(field.flattenedFields, row, key, 'in place')))
  }
}

const publishedIf = (drafts: unknown) => (drafts ? { _status: 'published' } : {})

/** A hostile image for an upload collection: it has no document to copy, and its file is made here. */
async function addHostileUpload(payload: Payload, collection: SanitizedCollectionConfig, filler: HostileFiller): Promise<void> {
  const image = await sharp({ create: { background: { b: 40, g: 50, r: 168 }, channels: 3, height: 600, width: 900 } }).jpeg().toBuffer()
  const upload = await payload.create({
    collection: collection.slug as CollectionSlug,
    data: (await filler.fill(collection.flattenedFields, {}, collection.slug, 'copied document')) as never,
    file: { data: image, mimetype: 'image/jpeg', name: 'hostile.jpg', size: image.length },
  })
  filler.uploads.set(collection.slug, upload.id)
}

/** The hostile document of a collection: a copy of its latest published one, or its document at a fixed address made hostile. */
async function addHostileDocument(payload: Payload, collection: SanitizedCollectionConfig, filler: HostileFiller): Promise<void> {
  const slug = collection.slug as CollectionSlug
  const fixed = IN_PLACE[slug]
  const where: Where | undefined = fixed ? { slug: { equals: fixed } } : collection.versions?.drafts ? { _status: { equals: 'published' } } : undefined
  const {
    docs: [source],
  } = await payload.find({ collection: slug, depth: 0, limit: 1, locale: 'zh', sort: '-id', where })
  if (!source) throw new Error(`${slug}: no published document to start the hostile one from; the seed or the site fixtures need one.`)
  const status = publishedIf(collection.versions?.drafts)
  if (fixed) {
    const data = await filler.fill(collection.flattenedFields, source as unknown as Data, slug, 'in place')
    await payload.update({ collection: slug, data: { ...withoutIdentity(data), ...status } as never, id: source.id })
    return
  }
  const copy = await filler.fill(collection.flattenedFields, source as unknown as Data, slug, 'copied document')
  const slugField = collection.flattenedFields.some((field) => field.name === 'slug') ? { slug: hostileSlug(slug) } : {}
  await payload.create({ collection: slug, data: { ...copy, ...slugField, ...status } as never })
}

/** Publishes hostile text in every one of `fields`; fails, naming them, when some had nowhere to go (an empty array). */
export async function addHostileContent(payload: Payload, fields: HostileField[]): Promise<void> {
  const documents = await publicDocuments(payload)
  const filler = new HostileFiller(fields, await anonymousRequest(payload))
  // Uploads first: the other documents show them.
  for (const { collection } of documents) if (collection?.upload) await addHostileUpload(payload, collection, filler)
  for (const { collection } of documents) if (collection && !collection.upload) await addHostileDocument(payload, collection, filler)
  for (const { global } of documents) {
    if (!global) continue
    const slug = global.slug as GlobalSlug
    const current = (await payload.findGlobal({ depth: 0, locale: 'zh', slug })) as unknown as Data
    const data = await filler.fill(global.flattenedFields, current, slug, 'in place')
    await payload.updateGlobal({ data: { ...withoutIdentity(data), ...publishedIf(global.versions?.drafts) } as never, slug })
  }
  const missed = fields.filter((field) => !filler.filled.has(field.key)).map((field) => field.key)
  if (missed.length > 0) throw new Error(`No hostile text could go into ${missed.join(', ')}: give each array a row in the seed content or the site fixtures.`)
}
