/**
 * The copies' availability in the browser (docs/catalog-availability.md): small files beside the
 * catalog's index, replaced by each item-status import. Apart from catalogClient, so that the
 * record page loads this without the index's reader.
 */
import { AVAILABILITY_ADDRESS, type AvailabilityManifest, bucketOf, type CopyState } from '../../catalog/contract'

/** A small JSON file of the copies' availability, or null when there is none (before the first item-status import). */
async function availabilityFile<T>(file: string): Promise<T | null> {
  const response = await fetch(`${AVAILABILITY_ADDRESS}${file}`, { cache: 'no-cache' })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`${file} answered ${response.status}`)
  return (await response.json()) as T
}

let availability: Promise<AvailabilityManifest | null> | undefined

/** What the last item-status import brought, or null before the first (no set, or one without copies); read once a page. */
export function loadAvailability(): Promise<AvailabilityManifest | null> {
  availability ??= availabilityFile<AvailabilityManifest>('manifest.json').then((manifest) => (manifest && manifest.items > 0 ? manifest : null))
  availability.catch(() => (availability = undefined))
  return availability
}

/** The "on shelf now" bits of the index `build`, or null when the copies' availability is not known for it. */
export async function onShelfBits(build: string): Promise<Uint8Array | null> {
  const response = await fetch(`${AVAILABILITY_ADDRESS}on-shelf.${build}.bin`, { cache: 'no-cache' })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`on-shelf.${build}.bin answered ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** The copies of a record and their status as of the export, or null when the availability is not known. */
export async function loadCopies(id: string): Promise<{ copies: CopyState[]; manifest: AvailabilityManifest } | null> {
  const manifest = await loadAvailability()
  if (!manifest) return null
  const records = await availabilityFile<Record<string, CopyState[]>>(`records/${bucketOf(id, manifest.buckets)}.json`)
  return { copies: records?.[id] ?? [], manifest }
}
