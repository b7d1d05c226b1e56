import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { RECORD_TOKENS, type RecordShell, SHELL_DIR } from '../../catalog/pages/recordShell'

const SHELL_DATA = /<script type="application\/json" data-record-shell>([^<]*)<\/script>/u

/**
 * Takes the record page shell (site/pages/[...lang]/catalog/record/[slug].astro) out of the
 * built site and keeps it, with the texts and names it carries, in `.catalog-shell/<locale>.json`
 * (catalog/pages/recordShell.ts), which no web server of ours serves: the catalog fills it in
 * for each record. Runs after the pages get their Content-Security-Policy, before Pagefind.
 */
export function recordShell(): AstroIntegration {
  return {
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        fs.mkdirSync(path.join(out, SHELL_DIR), { recursive: true })
        for (const locale of ['zh', 'en'] as const) {
          const folder = path.join(out, locale === 'en' ? 'en' : '', 'catalog', 'record', RECORD_TOKENS.slug)
          const page = fs.readFileSync(path.join(folder, 'index.html'), 'utf8')
          const data = SHELL_DATA.exec(page)
          if (!data) throw new Error(`The record page shell ${folder} carries no data-record-shell script.`)
          const shell: RecordShell = { ...(JSON.parse(data[1]!) as Omit<RecordShell, 'html'>), html: page.replace(data[0], '') }
          fs.writeFileSync(path.join(out, SHELL_DIR, `${locale}.json`), JSON.stringify(shell))
          fs.rmSync(folder, { recursive: true })
        }
        logger.info(`record page shells kept in ${SHELL_DIR}/`)
      },
    },
    name: 'liling-record-shell',
  }
}
