/**
 * `npm run catalog:import -- FILE... [--encoding auto|utf-8|gb18030|marc-8] [--incremental]`:
 * loads the library system's exports into the catalog the site searches. ISO 2709 (.mrc, .iso,
 * .marc, .dat), MARCXML (.xml, also SRU responses) and the CSV layout of docs/catalog-csv.md.
 * Without --incremental an import is a full export: records it no longer has are removed.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { importCatalog, type ImportResult } from './importCatalog'
import { readCatalogCsv } from './marc/csv'
import { readIso2709 } from './marc/iso2709'
import { readMarcXml } from './marc/marcxml'
import type { MarcEncoding } from './marc/types'
import { catalogDir } from './store'

const ENCODINGS: MarcEncoding[] = ['auto', 'utf-8', 'gb18030', 'marc-8']

const { positionals: files, values } = parseArgs({
  allowPositionals: true,
  options: { encoding: { default: 'auto', type: 'string' }, incremental: { default: false, type: 'boolean' } },
})
const encoding = values.encoding as MarcEncoding
if (!ENCODINGS.includes(encoding)) {
  console.error(`--encoding must be one of ${ENCODINGS.join(', ')}; got "${values.encoding}".`)
  process.exit(2)
}
if (files.length === 0) {
  console.error('Name the export files to import: npm run catalog:import -- export.mrc [more files]')
  process.exit(2)
}

function reader(file: string): AsyncIterable<ImportResult> {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.xml') return readMarcXml(file)
  if (extension === '.csv') return readCatalogCsv(file)
  return readIso2709(file, { encoding })
}

try {
  const summary = await importCatalog(files, { dir: catalogDir(), encoding, incremental: values.incremental, read: reader })
  const n = (value: number) => value.toLocaleString('en-US')
  console.log(
    `Catalog import: ${n(summary.read)} read, ${n(summary.imported)} imported (${n(summary.added)} new, ${n(summary.updated)} updated, ` +
      `${n(summary.unchanged)} unchanged), ${n(summary.removed)} removed, ${n(summary.skipped)} skipped, in ${summary.seconds.toFixed(1)} s` +
      (summary.changed ? '. Rebuild the site (npm run build, or restart npm start) to publish it.' : '; nothing changed.'),
  )
} catch (error) {
  console.error(`Catalog import failed: ${(error as Error).message}`)
  process.exitCode = 1
}
