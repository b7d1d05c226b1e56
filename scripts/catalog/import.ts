/**
 * `npm run catalog:import -- FILE... [--incremental] [--force] [--encoding auto|utf-8|gb18030|marc-8]`:
 * loads the library system's exports into the catalog the site searches: ISO 2709, MARCXML (also
 * SRU responses) and the CSV layout of docs/catalog-csv.md, told apart by their content, also
 * inside gzip and zip files.
 * Without --incremental an import is a full export: records it no longer has are removed, and
 * an import that would remove more than CATALOG_MAX_REMOVAL (10 %) of the catalog needs --force.
 * `--sample` marks the catalog as sample data, which the next import replaces whole.
 * `--events` prints what happens as JSON lines instead (see catalog/importEvents.ts), for the
 * admin's importer to follow; `--report FILE` writes the report of skipped records there.
 * SIGTERM stops the import and leaves the catalog as it was.
 */
// First: it may run this command again, with memory given back as the import frees it.
import '../../shared/mallocThreshold'

import { parseArgs } from 'node:util'

import { importCatalog, LargeRemovalError } from '../../catalog/importCatalog'
import { type ImportEvent } from '../../catalog/importEvents'
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
        events: { default: false, type: 'boolean' },
        force: { default: false, type: 'boolean' },
        incremental: { default: false, type: 'boolean' },
        report: { type: 'string' },
        sample: { default: false, type: 'boolean' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${USAGE}`)
    process.exit(2)
  }
}

const { positionals: files, values } = commandLine()
const emit = (event: ImportEvent) => process.stdout.write(`${JSON.stringify(event)}\n`)
const log = values.events ? (line: string) => emit({ log: line }) : (line: string) => console.log(line)
const stopped = new AbortController()
process.once('SIGTERM', () => stopped.abort())
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
if (!shells) log(`No live site in ${siteDir()} yet: the record pages will be written once it is built (npm start).`)

try {
  const summary = await importCatalog(files, {
    dir: catalogDir(),
    encoding,
    force: values.force,
    idField,
    incremental: values.incremental,
    log,
    maxRemovalShare: catalogMaxRemovalShare(),
    ...(values.events ? { progress: (progress) => emit({ progress }) } : {}),
    read: (file) => readExport(file, encoding),
    ...(values.report ? { reportFile: values.report } : {}),
    ...(shells ? { shells } : {}),
    sample: values.sample,
    signal: stopped.signal,
    siteUrl: siteUrl(),
  })
  const n = (value: number) => value.toLocaleString('en-US')
  if (values.events) emit({ summary })
  else console.log(
    `Catalog import: ${n(summary.read)} read, ${n(summary.imported)} imported (${n(summary.added)} new, ${n(summary.updated)} updated, ` +
      `${n(summary.unchanged)} unchanged, ${n(summary.warned)} kept with warnings), ${n(summary.removed)} removed, ${n(summary.skipped)} skipped` +
      `${summary.duplicates > 0 ? `, ${n(summary.duplicates)} found twice` : ''}, in ${summary.seconds.toFixed(1)} s` +
      (summary.pages ? `; ${n(summary.pages.files)} record pages written (${summary.pages.kind === 'all' ? 'all' : 'those changed'}, ${(summary.pages.bytes / 2 ** 20).toFixed(0)} MiB) in ${summary.pages.seconds.toFixed(1)} s` : '') +
      (summary.changed ? '; the site serves it now (npm run build copies it into dist/).' : '; nothing changed.'),
  )
} catch (error) {
  const { message } = error as Error
  if (values.events) {
    emit({ failed: { cancelled: stopped.signal.aborted, message, ...(error instanceof LargeRemovalError ? { removal: { before: error.before, removed: error.removed } } : {}) } })
  } else console.error(`Catalog import failed: ${message}`)
  process.exitCode = 1
}
