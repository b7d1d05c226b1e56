/**
 * Where the site's content comes from at build time: the running CMS's REST API when
 * `CMS_URL` is set, otherwise the embedded database through Payload's Local API. Either way
 * only what is published and readable by anonymous visitors is read, in every language at once.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug } from 'payload'

import { cmsUrl, mediaDir } from '../../../shared/settings'

export type CmsDoc = Record<string, unknown> & { id: number | string }

export type CmsSource = {
  describe: string
  find(collection: CollectionSlug): Promise<CmsDoc[]>
  findGlobal(slug: GlobalSlug): Promise<Record<string, unknown>>
  /** The bytes of an uploaded file. */
  readUpload(upload: { filename: string; url?: string | null }): Promise<Buffer>
}

const READ = { depth: 1, draft: false, locale: 'all' } as const

/** A CMS that accepts the connection but never answers fails the build after this. */
const REQUEST_TIMEOUT_MS = 60_000

/** Fetches from the CMS; a CMS that cannot be reached or does not answer fails with a message naming it. */
async function fetchFromCms(url: URL | string): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message
    throw new Error(`Could not read ${url} from the CMS: ${cause}`)
  }
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for ${url}`)
  return response
}

function restSource(baseUrl: string): CmsSource {
  const get = async (path: string) => (await fetchFromCms(`${baseUrl.replace(/\/+$/, '')}/api/${path}`)).json()
  const query = `locale=${READ.locale}&depth=${READ.depth}&draft=${READ.draft}`
  return {
    describe: `the CMS at ${baseUrl}`,
    find: async (collection) => ((await get(`${collection}?limit=0&${query}`)) as { docs: CmsDoc[] }).docs,
    findGlobal: async (slug) => (await get(`globals/${slug}?${query}`)) as Record<string, unknown>,
    readUpload: async ({ filename, url }) => {
      const response = await fetchFromCms(new URL(url ?? `/api/media/file/${encodeURIComponent(filename)}`, baseUrl))
      return Buffer.from(await response.arrayBuffer())
    },
  }
}

async function localSource(): Promise<CmsSource> {
  const { openLocalApi } = await import('../../../cms/localApi')
  const payload = await openLocalApi()
  return {
    describe: 'the embedded database',
    find: async (collection) =>
      (await payload.find({ ...READ, collection, overrideAccess: false, pagination: false })).docs as unknown as CmsDoc[],
    findGlobal: async (slug) =>
      (await payload.findGlobal({ ...READ, overrideAccess: false, slug })) as unknown as Record<string, unknown>,
    readUpload: async ({ filename }) => fs.promises.readFile(path.join(mediaDir(), path.basename(filename))),
  }
}

let source: Promise<CmsSource> | undefined

/** The content source of this build, opened once. */
export function cmsSource(): Promise<CmsSource> {
  const url = cmsUrl()
  source ??= url ? Promise.resolve(restSource(url)) : localSource()
  return source
}
