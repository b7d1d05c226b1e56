import fs from 'node:fs'
import path from 'node:path'

import type { CatalogManifest } from './contract'

/** A service point as far as the location codes of exports go. */
export type CodedPlace = { locationCodes?: string[] | null; slug?: string | null }

/**
 * The service point of each location code that exports give copies: the codes staff list on a
 * service point in the admin; then, for a code no service point lists, the service point whose
 * slug it is (the synthetic catalog writes slugs, and a library may have used them as codes).
 */
export function placesByCode<P extends CodedPlace>(places: P[]): Map<string, P> {
  const byCode = new Map<string, P>()
  for (const place of places) for (const code of place.locationCodes ?? []) if (!byCode.has(code)) byCode.set(code, place)
  for (const place of places) if (place.slug && !byCode.has(place.slug)) byCode.set(place.slug, place)
  return byCode
}

/** A location code of the live catalog and the number of its records with a copy there. */
export type LocationCodeCount = { code: string; records: number }

/** The location codes of the live catalog (`<catalogDir>/current`), most records first; none before the first import. */
export function liveLocationCodes(catalogDir: string): LocationCodeCount[] {
  const manifestFile = path.join(catalogDir, 'current', 'manifest.json')
  if (!fs.existsSync(manifestFile)) return []
  const { index } = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as CatalogManifest
  return index.counts.branch
    .map(([value, records]) => ({ code: index.values.branch[value]!, records }))
    .sort((a, b) => b.records - a.records || (a.code < b.code ? -1 : 1))
}

/** The location codes of the live catalog that no service point has, most records first. */
export function unmappedLocationCodes(catalogDir: string, places: CodedPlace[]): LocationCodeCount[] {
  const byCode = placesByCode(places)
  return liveLocationCodes(catalogDir).filter(({ code }) => !byCode.has(code))
}
