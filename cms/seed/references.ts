import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** Finds the id of the item with this slug, or says which reference is broken. */
export type SlugLookup = (collection: CollectionSlug, slug: string) => Promise<number | string>

export function makeSlugLookup(payload: Payload, req: PayloadRequest): SlugLookup {
  return async (collection, slug) => {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 1,
      pagination: false,
      req,
      select: {},
      where: { slug: { equals: slug } },
    })
    const found = docs[0]
    if (!found) throw new Error(`it refers to ${collection} "${slug}", which does not exist`)
    return found.id
  }
}

type Row = Record<string, unknown>
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

async function servicePointIds(list: unknown, lookup: SlugLookup): Promise<Row[]> {
  return Promise.all(
    rows(list).map(async (row) =>
      typeof row.servicePoint === 'string' ? { ...row, servicePoint: await lookup('service-points', row.servicePoint) } : row,
    ),
  )
}

/** Replaces the slugs a content file uses for references with the ids the database uses. */
export async function resolveReferences(target: string, data: Row, lookup: SlugLookup): Promise<Row> {
  if (target === 'chronicle' && data.relatedItems) {
    const relatedItems = await Promise.all(
      rows(data.relatedItems).map(async ({ relationTo, slug }) => ({
        relationTo,
        value: await lookup(relationTo as CollectionSlug, String(slug)),
      })),
    )
    return { ...data, relatedItems }
  }
  if (target === 'opening-hours') {
    return {
      ...data,
      exceptions: await servicePointIds(data.exceptions, lookup),
      schedules: await servicePointIds(data.schedules, lookup),
    }
  }
  return data
}
