/**
 * `npm run catalog:availability -- FILE [--exported-at 2026-12-07T08:00+08:00]`: loads the library
 * system's item-status export (CSV or JSON, docs/catalog-availability.md) so that record pages
 * show which copies are on the shelf, and the catalog filters "on shelf now", at once. The time of
 * the export is the file's own (JSON `exportedAt`), else --exported-at, else the file's time.
 */
import { parseArgs } from 'node:util'

import { importAvailability } from '../../catalog/availability/importAvailability'
import { availabilityStaleHours, catalogDir } from '../../shared/settings'

const USAGE = 'npm run catalog:availability -- item-status.csv [--exported-at 2026-12-07T08:00:00+08:00]'

function commandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: { 'exported-at': { type: 'string' } } })
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${USAGE}`)
    process.exit(2)
  }
}

const { positionals, values } = commandLine()
if (positionals.length !== 1) {
  console.error(`Name one item-status export.\nUsage: ${USAGE}`)
  process.exit(2)
}
const exportedAt = values['exported-at'] === undefined ? undefined : new Date(values['exported-at'])
if (exportedAt && Number.isNaN(exportedAt.getTime())) {
  console.error(`--exported-at "${values['exported-at']}" is not a date and time such as 2026-12-07T08:00:00+08:00.`)
  process.exit(2)
}

try {
  console.log(`Importing the item status of ${positionals[0]} …`)
  const summary = await importAvailability(positionals[0]!, {
    dir: catalogDir(),
    ...(exportedAt ? { exportedAt } : {}),
    log: (line) => console.log(line),
    staleAfterHours: availabilityStaleHours(),
  })
  const { statuses } = summary
  const more = (count: number, what: string) => (count > 0 ? `, ${count.toLocaleString('en-US')} ${what}` : '')
  console.log(
    `Availability: ${summary.items.toLocaleString('en-US')} ${summary.items === 1 ? 'copy' : 'copies'} of ${summary.records.toLocaleString('en-US')} ${summary.records === 1 ? 'record' : 'records'} ` +
      `(${statuses['on-shelf'].toLocaleString('en-US')} on the shelf, ${statuses['on-loan'].toLocaleString('en-US')} on loan, ` +
      `${statuses['in-transit'].toLocaleString('en-US')} in transit, ${statuses.lost.toLocaleString('en-US')} lost), exported ${summary.exportedAt}` +
      `${more(summary.skipped.length, 'rows skipped')}${more(summary.warnings.length, 'values left out')}${more(summary.elsewhere, 'copies of records not in the catalog')}, ` +
      `in ${summary.seconds.toFixed(1)} s; the site shows it now.`,
  )
} catch (error) {
  console.error(`Availability import failed: ${(error as Error).message}`)
  process.exitCode = 1
}
