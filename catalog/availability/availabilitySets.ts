/**
 * Where the copies' availability lives (docs/catalog-availability.md): a set a status import, the
 * live one named by a link the site serves, swapped in one step. Beside the search index, never
 * in it: an availability import leaves the catalog's builds as they are.
 *
 *   CATALOG_DIR/availability → availability-sets/<time>/
 *     manifest.json, records/<n>.json, on-shelf.txt (the ids with a copy on the shelf),
 *     on-shelf.<index build>.bin (the same records by their numbers in that build's index)
 */
import fs from 'node:fs'
import path from 'node:path'

import { swapSymlink } from '../../shared/swapSymlink'
import { type AvailabilityManifest, type CatalogManifest, COPY_STATUSES } from '../contract'
import { recordNumbers } from '../indexing/recordNumbers'

/** The link to the live set, which the site serves at AVAILABILITY_ADDRESS. */
export const AVAILABILITY = 'availability'
const SETS = 'availability-sets'
const ON_SHELF_IDS = 'on-shelf.txt'

/** The live set, or undefined before the first availability import. */
export function liveAvailability(catalogDir: string): string | undefined {
  const link = path.join(catalogDir, AVAILABILITY)
  return fs.existsSync(link) ? fs.realpathSync(link) : undefined
}

/** A new, empty set, not live until publishAvailability. */
export function newAvailabilitySet(catalogDir: string, name: string): string {
  const set = path.join(catalogDir, SETS, name)
  fs.mkdirSync(path.join(set, 'records'), { recursive: true })
  return set
}

/** Makes `set` the live one, and removes the others. */
export function publishAvailability(catalogDir: string, set: string): void {
  swapSymlink(path.join(catalogDir, AVAILABILITY), set)
  const sets = path.join(catalogDir, SETS)
  for (const name of fs.readdirSync(sets)) if (path.join(sets, name) !== set) fs.rmSync(path.join(sets, name), { force: true, recursive: true })
}

/** Keeps in a set the ids of the records with a copy on the shelf. */
export function writeOnShelfIds(set: string, ids: Iterable<string>): void {
  fs.writeFileSync(path.join(set, ON_SHELF_IDS), [...ids].join('\n'))
}

/**
 * Writes into `set` the "on shelf now" bits of a catalog build's index, named by that index; a
 * build written before record numbers were kept gets none (the filter then finds nothing until
 * the next import). Returns the number of records on the shelf that the index has.
 */
export function writeOnShelfBits(set: string, build: string, numbers = recordNumbers(build)): number {
  if (!numbers) return 0
  const { index } = JSON.parse(fs.readFileSync(path.join(build, 'manifest.json'), 'utf8')) as CatalogManifest
  const bits = new Uint8Array(Math.ceil(numbers.count / 8))
  let onShelf = 0
  const ids = fs.readFileSync(path.join(set, ON_SHELF_IDS), 'utf8')
  for (const id of ids === '' ? [] : ids.split('\n')) {
    const doc = numbers.numbers.get(id)
    if (doc === undefined) continue
    bits[doc >> 3]! |= 1 << (doc & 7)
    onShelf += 1
  }
  const file = path.join(set, `on-shelf.${index.build}.bin`)
  fs.writeFileSync(`${file}.part`, bits)
  fs.renameSync(`${file}.part`, file)
  return onShelf
}

/**
 * For a catalog import about to publish `build`: the live availability's bits for its index, so
 * that the filter works from its first moment. Before the first item-status import, a set that
 * says there is none (no copies): pages then ask for its manifest and find it, rather than a 404.
 */
export function followCatalogBuild(catalogDir: string, build: string): void {
  const set = liveAvailability(catalogDir) ?? noAvailability(catalogDir)
  writeOnShelfBits(set, build)
}

/** A live set without copies, the state before the first item-status import (AvailabilityManifest.items is 0). */
function noAvailability(catalogDir: string): string {
  const set = newAvailabilitySet(catalogDir, 'none')
  const manifest: AvailabilityManifest = {
    buckets: 0,
    exportedAt: '',
    importedAt: new Date().toISOString(),
    items: 0,
    records: 0,
    staleAfterHours: 0,
    statuses: Object.fromEntries(COPY_STATUSES.map((status) => [status, 0])) as AvailabilityManifest['statuses'],
  }
  writeOnShelfIds(set, [])
  fs.writeFileSync(path.join(set, 'manifest.json'), JSON.stringify(manifest))
  publishAvailability(catalogDir, set)
  return set
}
