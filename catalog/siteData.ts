import fs from 'node:fs'
import path from 'node:path'

import { linkFile, linkTree } from '../shared/linkTree'
import { AVAILABILITY, liveAvailability } from './availability/availabilitySets'
import { ARRIVALS_FILE, arrivalsFeedFile, CLASSES_FILE } from './contract'
import { PAGES } from './pages/recordPages'

/** What the site serves of a catalog build (see contract.ts); the import's own records file stays out. */
const SERVED = ['manifest.json', CLASSES_FILE, ARRIVALS_FILE, arrivalsFeedFile('zh'), arrivalsFeedFile('en'), 'index', 'records']
/** The record pages too, where the site's server finds them by their addresses (see pages/recordPages.ts). */
const SERVED_LIVE = [...SERVED, PAGES]

/**
 * Links each served part of the live catalog (`<catalogDir>/current/<part>`) into `target`: the
 * site then always serves the catalog's newest import, as soon as it is made, and a build costs
 * no time for the catalog however large it is. For releases served from this machine.
 */
export function followLiveCatalog(catalogDir: string, target: string): void {
  for (const part of SERVED_LIVE) fs.symlinkSync(path.join(path.resolve(catalogDir), 'current', part), path.join(target, part))
  // The copies' availability, which changes between imports of the catalog (availability/availabilitySets.ts).
  fs.symlinkSync(path.join(path.resolve(catalogDir), AVAILABILITY), path.join(target, AVAILABILITY))
}

/**
 * Hard-links the current catalog build's served parts, and the copies' availability as it is now,
 * into `target`: a copy that stands alone, for any static host (its record pages are written at
 * their addresses: writeSitePages).
 * Returns the files linked, or undefined when nothing was imported yet.
 */
export function copyCurrentCatalog(catalogDir: string, target: string): number | undefined {
  const current = path.join(catalogDir, 'current')
  if (!fs.existsSync(current)) return undefined
  const build = fs.realpathSync(current)
  let files = 0
  for (const part of SERVED) {
    const from = path.join(build, part)
    // A build of an earlier version may lack a part (classes.json).
    if (!fs.existsSync(from)) continue
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(path.join(target, part))
      files += linkTree(from, path.join(target, part))
    } else {
      linkFile(from, path.join(target, part))
      files += 1
    }
  }
  const availability = liveAvailability(catalogDir)
  if (availability) {
    fs.mkdirSync(path.join(target, AVAILABILITY))
    files += linkTree(availability, path.join(target, AVAILABILITY))
  }
  return files
}
