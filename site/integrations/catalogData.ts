import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { writeSitePages } from '../../catalog/pages/recordPages'
import { readRecordShells } from '../../catalog/pages/recordShell'
import { copyCurrentCatalog, followLiveCatalog } from '../../catalog/siteData'
import { RECORDS_FILE } from '../../catalog/store'

/**
 * Puts the catalog (its own search index and record data, made by `npm run catalog:import`)
 * into the site at `/catalog/data/`: a copy of the current import, with every record's page
 * written in this build's layout; or, with `live`, links that follow the catalog's live import
 * and the pages it writes. The site build never indexes the catalog: publishing news leaves the
 * catalog's index as it is.
 */
export function catalogData(catalogDir: string, { live = false }: { live?: boolean } = {}): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const current = path.join(catalogDir, 'current')
        const target = path.join(fileURLToPath(dir), 'catalog', 'data')
        fs.rmSync(target, { force: true, recursive: true })
        fs.mkdirSync(target, { recursive: true })
        if (live) {
          followLiveCatalog(catalogDir, target)
          logger.info(`catalog: /catalog/data/ follows the live import in ${current}`)
          return
        }
        const files = copyCurrentCatalog(catalogDir, target)
        if (files === undefined) {
          logger.warn(`no catalog imported yet (${current}): the catalog page will say so`)
          return
        }
        logger.info(`catalog: ${files} files linked into /catalog/data/`)
        const pages = await writeSitePages(path.join(current, RECORDS_FILE), fileURLToPath(dir), readRecordShells(fileURLToPath(dir))!, (line) => logger.info(line.trim()))
        logger.info(`catalog: ${pages.files.toLocaleString('en-US')} record pages written at /catalog/record/ in ${pages.seconds.toFixed(1)} s`)
      },
    },
    name: 'liling-catalog-data',
  }
}
