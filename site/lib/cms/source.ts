/**
 * Where the site's content comes from at build time: the running CMS's REST API when
 * `CMS_URL` is set, otherwise the embedded database through Payload's Local API. Either way
 * only what is published and readable by anonymous visitors is read, in every language at once.
 */
import type { CollectionSlug, GlobalSlug } from 'payload'

export type CmsDoc = Record<string, unknown> & { id: number | string }

export type CmsSource = {
  describe: string
  find(collection: CollectionSlug): Promise<CmsDoc[]>
  findGlobal(slug: GlobalSlug): Promise<Record<string, unknown>>
}

const READ = { depth: 1, draft: false, locale: 'all' } as const

function restSource(baseUrl: string): CmsSource {
  const get = async (path: string) => {
    const url = `${baseUrl.replace(/\/+$/, '')}/api/${path}`
    const response = await fetch(url)
    if (!response.ok) throw new Error(`The CMS answered ${response.status} for ${url}`)
    return response.json()
  }
  const query = `locale=${READ.locale}&depth=${READ.depth}&draft=${READ.draft}`
  return {
    describe: `the CMS at ${baseUrl}`,
    find: async (collection) => ((await get(`${collection}?limit=0&${query}`)) as { docs: CmsDoc[] }).docs,
    findGlobal: async (slug) => (await get(`globals/${slug}?${query}`)) as Record<string, unknown>,
  }
}

async function localSource(): Promise<CmsSource> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../cms/payload.config')
  const payload = await getPayload({ config })
  return {
    describe: 'the embedded database',
    find: async (collection) =>
      (await payload.find({ ...READ, collection, overrideAccess: false, pagination: false })).docs as unknown as CmsDoc[],
    findGlobal: async (slug) =>
      (await payload.findGlobal({ ...READ, overrideAccess: false, slug })) as unknown as Record<string, unknown>,
  }
}

let source: Promise<CmsSource> | undefined

/** The content source of this build, opened once. */
export function cmsSource(): Promise<CmsSource> {
  source ??= process.env.CMS_URL ? Promise.resolve(restSource(process.env.CMS_URL)) : localSource()
  return source
}
