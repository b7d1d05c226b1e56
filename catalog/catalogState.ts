import fs from 'node:fs'
import path from 'node:path'

import { liveAvailability } from './availability/availabilitySets'
import type { AvailabilityManifest, CatalogManifest } from './contract'
import { currentBuild } from './store'

export type CatalogState = {
  /** The live catalog: its records, when it was built, and whether it is the sample catalog, not the library's. */
  catalog: { builtAt: string; records: number; sample: boolean } | null
  /** The copies' status the site shows: when the library system exported it, when it was imported, and whether it is older than the site says is current. */
  availability: { exportedAt: string; importedAt: string; items: number; records: number; stale: boolean } | null
}

/** How the catalog in `dir` stands, for staff: read from the live build's and availability set's manifests. */
export function catalogState(dir: string, now = new Date()): CatalogState {
  const build = currentBuild(dir)
  const manifest = build ? readJson<CatalogManifest>(path.join(build, 'manifest.json')) : undefined
  const set = liveAvailability(dir)
  const availability = set ? readJson<AvailabilityManifest>(path.join(set, 'manifest.json')) : undefined
  return {
    availability:
      availability && availability.items > 0
        ? {
            exportedAt: availability.exportedAt,
            importedAt: availability.importedAt,
            items: availability.items,
            records: availability.records,
            stale: now.getTime() - new Date(availability.exportedAt).getTime() > availability.staleAfterHours * 3_600_000,
          }
        : null,
    catalog: manifest ? { builtAt: manifest.builtAt, records: manifest.records, sample: manifest.sample === true } : null,
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}
