import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/** Fails with every error Pagefind reported, which its Node API returns instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`)
}

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
        try {
          const { errors, index } = await pagefind.createIndex({})
          check('start', errors)
          const added = await index!.addDirectory({ path: outDir })
          check('index the pages', added.errors)
          const written = await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
          check('write the index', written.errors)
          logger.info(`indexed ${added.page_count} pages`)
        } finally {
          await pagefind.close()
        }
      },
    },
    name: 'liling-pagefind',
  }
}
