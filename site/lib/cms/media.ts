import fs from 'node:fs'
import path from 'node:path'

import type { Loader } from 'astro/loaders'

import { type CmsDoc, cmsSource } from './source'

type Upload = { filename: string; height: number; id: number | string; url?: string | null; width: number } & Record<string, unknown>

const isUpload = (value: unknown): value is Upload =>
  typeof value === 'object' && value !== null && 'filename' in value && 'width' in value

/** The images that published news and exhibitions show: nothing only a draft refers to. */
function publishedImages(news: CmsDoc[], exhibitions: CmsDoc[]): Upload[] {
  const images = [...news.map((item) => item.cover), ...exhibitions.flatMap((item) => (item.images as unknown[]) ?? [])]
  return [...new Map(images.filter(isUpload).map((image) => [String(image.id), image])).values()]
}

/** The file name an image gets in the build's media folder. */
export const mediaFileName = (image: { filename: string; id: number | string }) => `${image.id}-${path.basename(image.filename)}`

/**
 * Copies the images that published content shows into `dir`, where the site's image pipeline
 * (astro:assets, with sharp) picks them up, and lists them as a collection keyed by id.
 */
export function payloadMedia(dir: string): Loader {
  return {
    name: 'payload-media',
    async load({ logger, parseData, store }) {
      const cms = await cmsSource()
      const images = publishedImages(await cms.find('news'), await cms.find('exhibitions'))
      fs.mkdirSync(dir, { recursive: true })
      const wanted = new Set(images.map(mediaFileName))
      for (const stale of fs.readdirSync(dir).filter((file) => !wanted.has(file))) fs.rmSync(path.join(dir, stale))
      store.clear()
      for (const image of images) {
        const target = path.join(dir, mediaFileName(image))
        if (!fs.existsSync(target)) fs.writeFileSync(target, await cms.readUpload(image))
        const id = String(image.id)
        store.set({ data: await parseData({ data: { ...image, file: mediaFileName(image) }, id }), id })
      }
      logger.info(`${images.length} images from ${cms.describe}`)
    },
  }
}
