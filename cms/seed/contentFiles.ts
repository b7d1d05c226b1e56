import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'

import { projectRoot } from '../../shared/paths'

/** The folder of seed content files. */
export const DEFAULT_CONTENT_DIR = path.join(projectRoot, 'content')

/** One item of a collection's content file. */
export type ContentItem = Record<string, unknown> & { slug: string }

/** A content file that cannot be read as the seed expects: the message names the file and the item. */
export class ContentFileError extends Error {}

function readYaml(file: string): unknown {
  const shown = path.relative(projectRoot, file)
  if (!fs.existsSync(file)) throw new ContentFileError(`${shown} is missing.`)
  try {
    return parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ContentFileError(`${shown} is not valid YAML: ${(error as Error).message}`)
  }
}

/** The items of `content/<slug>.yaml`: a list of objects, each with a unique `slug`. */
export function readCollectionFile(contentDir: string, slug: string): ContentItem[] {
  const file = path.join(contentDir, `${slug}.yaml`)
  const shown = path.relative(projectRoot, file)
  const items = readYaml(file)
  if (!Array.isArray(items)) throw new ContentFileError(`${shown} must be a list of items.`)
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const slugOfItem = (item as { slug?: unknown } | null)?.slug
    if (typeof slugOfItem !== 'string' || slugOfItem === '') {
      throw new ContentFileError(`${shown}, item ${index + 1}: "slug" is missing.`)
    }
    if (seen.has(slugOfItem)) throw new ContentFileError(`${shown}, item ${index + 1}: the slug "${slugOfItem}" is used twice.`)
    seen.add(slugOfItem)
  })
  return items as ContentItem[]
}

/** The data of a global, `content/<slug>.yaml`: one object. */
export function readGlobalFile(contentDir: string, slug: string): Record<string, unknown> {
  const file = path.join(contentDir, `${slug}.yaml`)
  const data = readYaml(file)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentFileError(`${path.relative(projectRoot, file)} must be a single object.`)
  }
  return data as Record<string, unknown>
}
