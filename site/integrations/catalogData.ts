import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

function linkFile(source: string, target: string): void {
  try {
    fs.linkSync(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.copyFileSync(source, target)
  }
}

/**
 * Hard-links every file of `from` into `to`: instant, and no extra disk, however large the
 * catalog. Across file systems, where links cannot go, the files are copied.
 */
export function linkTree(from: string, to: string): number {
  let files = 0
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true })
      files += linkTree(source, target)
    } else {
      linkFile(source, target)
      files += 1
    }
  }
  return files
}

/** What the site serves of a catalog build; the import's own records file stays out. */
const SERVED = ['manifest.json', 'pagefind', 'records']

/**
 * Links each served part of the live catalog (`<catalogDir>/current/<part>`) into the site: the
 * site then always serves the catalog's newest import, as soon as it is made, and a build costs
 * no time for the catalog however large it is. For releases served from this machine.
 */
function followLiveCatalog(catalogDir: string, target: string): void {
  for (const part of SERVED) fs.symlinkSync(path.join(path.resolve(catalogDir), 'current', part), path.join(target, part))
}

/** Hard-links the current catalog build's served parts into the site: a copy that stands alone, for any static host. */
function copyCurrentCatalog(current: string, target: string): number {
  const build = fs.realpathSync(current)
  let files = 0
  for (const part of SERVED) {
    const from = path.join(build, part)
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(path.join(target, part))
      files += linkTree(from, path.join(target, part))
    } else {
      linkFile(from, path.join(target, part))
      files += 1
    }
  }
  return files
}

/**
 * Puts the catalog (its own search index and record data, made by `npm run catalog:import`)
 * into the site at `/catalog/data/`: a copy of the current import, or, with `live`, links that
 * follow the catalog's live import. The site build never indexes the catalog: publishing news
 * leaves the catalog's index as it is.
 */
export function catalogData(catalogDir: string, { live = false }: { live?: boolean } = {}): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const current = path.join(catalogDir, 'current')
        const target = path.join(fileURLToPath(dir), 'catalog', 'data')
        fs.rmSync(target, { force: true, recursive: true })
        fs.mkdirSync(target, { recursive: true })
        if (live) {
          followLiveCatalog(catalogDir, target)
          logger.info(`catalog: /catalog/data/ follows the live import in ${current}`)
          return
        }
        if (!fs.existsSync(current)) {
          logger.warn(`no catalog imported yet (${current}): the catalog page will say so`)
          return
        }
        logger.info(`catalog: ${copyCurrentCatalog(current, target)} files linked into /catalog/data/`)
      },
    },
    name: 'liling-catalog-data',
  }
}
