import { readFileSync } from 'node:fs'

import { parse } from 'yaml'

/** A service point that holds books: its slug is the branch code written in 905$a. */
export type Branch = { code: string; kind: string; name: string; share: number }

/**
 * How likely a book is to have copies at one service point of each kind: the central library
 * holds most of the collection, each branch a part, the village bookshops and the van a little.
 */
const SHARE_BY_KIND: Record<string, number> = {
  branch: 0.22,
  central: 0.9,
  'circulation-point': 0.04,
  'mobile-van': 0.03,
  'village-bookshop': 0.05,
}

const SERVICE_POINTS = new URL('../../content/service-points.yaml', import.meta.url)

/** The library's service points from `content/service-points.yaml`, each with its share of the books. */
export function loadBranches(path: URL = SERVICE_POINTS): Branch[] {
  const points = parse(readFileSync(path, 'utf8')) as { kind: string; name: { zh: string }; slug: string }[]
  return points.map((point) => ({ code: point.slug, kind: point.kind, name: point.name.zh, share: SHARE_BY_KIND[point.kind] ?? 0.02 }))
}
