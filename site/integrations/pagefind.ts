import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { checkPagefind, withPagefindIndex } from '../../shared/pagefindIndex'

/**
 * Indexes the built site for search after every build: the `<main data-pagefind-body>` of each
 * page, one index per `<html lang>` (Pagefind's extended build segments Chinese), written to
 * `pagefind/` beside the pages. A failed index fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        await withPagefindIndex({}, async (index) => {
          const added = await index.addDirectory({ path: outDir })
          checkPagefind('index the pages', added.errors)
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
          checkPagefind('write the index', written.errors)
          logger.info(`indexed ${added.page_count} pages`)
        })
      },
    },
    name: 'liling-pagefind',
  }
}
