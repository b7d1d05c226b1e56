/**
 * `npm run catalog:import -- FILE... [--incremental] [--force] [--encoding auto|utf-8|gb18030|marc-8]`:
 * loads the library system's exports into the catalog the site searches: ISO 2709, MARCXML (also
 * SRU responses) and the CSV layout of docs/catalog-csv.md, told apart by their content, also
 * inside gzip and zip files.
 * Without --incremental an import is a full export: records it no longer has are removed, and
 * an import that would remove more than CATALOG_MAX_REMOVAL (10 %) of the catalog needs --force.
 */
// First: it may run this command again, with memory given back as the import frees it.
import '../../shared/mallocThreshold'

import { parseArgs } from 'node:util'

import { importCatalog } from '../../catalog/importCatalog'
import type { MarcEncoding } from '../../catalog/marc/types'
import { readFieldSpec } from '../../catalog/normalize/identifier'
import { MARC_ENCODINGS, readExport } from '../../catalog/readExport'
import { readRecordShells } from '../../catalog/pages/recordShell'
import { liveLink } from '../../publishing/siteReleases'
import { catalogDir, catalogIdField, catalogMaxRemovalShare, siteDir, siteUrl } from '../../shared/settings'

const USAGE = 'npm run catalog:import -- export.mrc [more files] [--incremental] [--force] [--encoding auto|utf-8|gb18030|marc-8]'

function commandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        encoding: { default: 'auto', type: 'string' },
        force: { default: false, type: 'boolean' },
        incremental: { default: false, type: 'boolean' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${USAGE}`)
    process.exit(2)
  }
}

const { positionals: files, values } = commandLine()
const encoding = values.encoding as MarcEncoding
if (!MARC_ENCODINGS.includes(encoding)) {
  console.error(`--encoding must be one of ${MARC_ENCODINGS.join(', ')}; got "${values.encoding}".`)
  process.exit(2)
}
if (files.length === 0) {
  console.error(`Name the export files to import: ${USAGE}`)
  process.exit(2)
}
const idField = catalogIdField()
try {
  if (idField !== undefined) readFieldSpec(idField)
} catch (error) {
  console.error(`CATALOG_ID_FIELD: ${(error as Error).message}`)
  process.exit(2)
}

// The record pages are written in the live site's layout; before the site's first build, when it is built.
const shells = readRecordShells(liveLink(siteDir()))
if (!shells) console.log(`No live site in ${siteDir()} yet: the record pages will be written once it is built (npm start).`)

try {
  const summary = await importCatalog(files, {
    dir: catalogDir(),
    encoding,
    force: values.force,
    idField,
    incremental: values.incremental,
    maxRemovalShare: catalogMaxRemovalShare(),
    read: (file) => readExport(file, encoding),
    ...(shells ? { shells } : {}),
    siteUrl: siteUrl(),
  })
  const n = (value: number) => value.toLocaleString('en-US')
  console.log(
    `Catalog import: ${n(summary.read)} read, ${n(summary.imported)} imported (${n(summary.added)} new, ${n(summary.updated)} updated, ` +
      `${n(summary.unchanged)} unchanged, ${n(summary.warned)} kept with warnings), ${n(summary.removed)} removed, ${n(summary.skipped)} skipped` +
      `${summary.duplicates > 0 ? `, ${n(summary.duplicates)} found twice` : ''}, in ${summary.seconds.toFixed(1)} s` +
      (summary.pages ? `; ${n(summary.pages.files)} record pages written (${summary.pages.kind === 'all' ? 'all' : 'those changed'}, ${(summary.pages.bytes / 2 ** 20).toFixed(0)} MiB) in ${summary.pages.seconds.toFixed(1)} s` : '') +
      (summary.changed ? '; the site serves it now (npm run build copies it into dist/).' : '; nothing changed.'),
  )
} catch (error) {
  console.error(`Catalog import failed: ${(error as Error).message}`)
  process.exitCode = 1
}
