/**
 * `npm run bench:availability -- --records N --items M`: the item-status import
 * (docs/catalog-availability.md) as the library system's feed runs it. Generates a synthetic
 * export of N records and imports it; then writes the status of M copies (those the records list,
 * then more of the same records) as the library system would, in CSV and in JSON, and imports
 * each with `npm run catalog:availability`: time, peak memory, and the files the site serves.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { CatalogRecord, CopyStatus } from '../../catalog/contract'
import { recordLines, RECORDS_FILE } from '../../catalog/store'
import { freePort } from '../../shared/freePort'
import { projectRoot } from '../../shared/paths'
import { run } from '../../shared/run'
import { benchEnv } from './benchEnv'
import { measuredRun } from './measuredRun'

const { values } = parseArgs({ options: { items: { default: '750000', type: 'string' }, records: { default: '300000', type: 'string' } } })
const [records, items] = [Number(values.records), Number(values.items)]
if (!Number.isSafeInteger(records) || records < 1000 || !Number.isSafeInteger(items) || items < records) {
  throw new Error('--records takes a whole number, at least 1,000; --items a whole number, at least as many')
}
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')
const script = (...parts: string[]) => path.join(projectRoot, 'scripts', ...parts)
const n = (value: number) => value.toLocaleString('en-US')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-availability-'))
const catalogDir = path.join(dir, 'catalog')
const env = { ...benchEnv(dir, `http://127.0.0.1:${await freePort()}`), CATALOG_DIR: catalogDir, SITE_DIR: path.join(dir, 'no-site') }

/** A status as a library's shelves have them: most copies in, a fifth out, a few on their way or lost. */
function statusOf(turn: number): CopyStatus {
  const share = (turn * 37) % 100
  return share < 70 ? 'on-shelf' : share < 92 ? 'on-loan' : share < 97 ? 'in-transit' : 'lost'
}

/** Copies of the imported records, the first of each record, then the second…; then more copies, until there are `items`. */
async function writeStatus(csvFile: string, jsonFile: string): Promise<number> {
  const listedCopies: { barcode: string; location: string; record: string }[][] = []
  const ids: string[] = []
  for await (const line of recordLines(path.join(catalogDir, 'current', RECORDS_FILE))) {
    const record = JSON.parse(line) as CatalogRecord
    ids.push(record.id)
    listedCopies.push((record.items ?? []).flatMap((item) => (item.barcode ? [{ barcode: item.barcode, location: item.branch, record: record.id }] : [])))
  }
  const rows: { barcode: string; location: string; record: string; status: CopyStatus }[] = []
  for (let round = 0; rows.length < items && listedCopies.some((copies) => copies.length > round); round += 1) {
    for (const copies of listedCopies) if (copies[round] && rows.length < items) rows.push({ ...copies[round]!, status: statusOf(rows.length) })
  }
  const listed = rows.length
  for (let extra = 0; rows.length < items; extra += 1)
    rows.push({ barcode: `X${String(extra).padStart(9, '0')}`, location: 'central-library', record: ids[extra % ids.length]!, status: statusOf(rows.length) })
  const due = (status: CopyStatus) => (status === 'on-loan' ? '2026-12-21' : '')
  fs.writeFileSync(
    csvFile,
    ['barcode,record,location,status,due', ...rows.map((row) => `${row.barcode},${row.record},${row.location},${row.status},${due(row.status)}`)].join('\n'),
  )
  fs.writeFileSync(
    jsonFile,
    JSON.stringify({
      exportedAt: new Date().toISOString(),
      items: rows.map((row) => ({ ...row, ...(row.status === 'on-loan' ? { due: due(row.status) } : {}) })),
    }),
  )
  return listed
}

/** Files and bytes of the live availability. */
function served() {
  const set = fs.realpathSync(path.join(catalogDir, 'availability'))
  const sizes = fs.readdirSync(path.join(set, 'records')).map((name) => fs.statSync(path.join(set, 'records', name)).size)
  const bits = fs.readdirSync(set).find((name) => name.endsWith('.bin'))
  return { bits: bits ? fs.statSync(path.join(set, bits)).size : 0, bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length }
}

try {
  const exportFile = path.join(dir, 'export.iso')
  await run(tsx, [script('catalog', 'generate.ts'), '--count', String(records), '--seed', 'bench', '--out', exportFile], { env })
  console.log(`\nImporting ${n(records)} records …`)
  await run(tsx, [script('catalog', 'import.ts'), exportFile], { env })
  fs.rmSync(exportFile)

  const [csvFile, jsonFile] = [path.join(dir, 'item-status.csv'), path.join(dir, 'item-status.json')]
  const listed = await writeStatus(csvFile, jsonFile)
  console.log(`\nThe item status of ${n(items)} copies (${n(listed)} of them listed in the records' 905 fields), as CSV …`)
  const csv = await measuredRun([script('catalog', 'availability.ts'), csvFile], env)
  const files = served()
  console.log('\nThe same as JSON …')
  const json = await measuredRun([script('catalog', 'availability.ts'), jsonFile], env)

  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
  console.log(
    `\n## Availability, ${n(items)} copies of ${n(records)} records (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores)\n`,
  )
  console.log('| export | file | time | peak memory |')
  console.log('|---|---|---|---|')
  console.log(`| CSV | ${mib(fs.statSync(csvFile).size)} | ${csv.seconds.toFixed(1)} s | ${n(csv.peak)} MiB |`)
  console.log(`| JSON | ${mib(fs.statSync(jsonFile).size)} | ${json.seconds.toFixed(1)} s | ${n(json.peak)} MiB |`)
  console.log(
    `\nServed: ${n(files.files)} files of copies, ${mib(files.bytes)} (${(files.bytes / files.files / 1024).toFixed(1)} KB each); the "on shelf now" bits, ${(files.bits / 1024).toFixed(1)} KB.`,
  )
} finally {
  fs.rmSync(dir, { force: true, recursive: true })
}
