/**
 * `npm run bench:pages -- --count N`: the catalog's record pages (docs/catalog-pages.md) as the
 * import and npm start write them. Builds the site once (its record page shells), generates a
 * synthetic CNMARC export of N records and imports it; then writes every record page in both
 * languages (`npm run catalog:pages`, as after a site build that changed the layout): time, peak
 * memory, files and bytes. Last, an incremental import of 1,000 changed records, with the record
 * pages and, on a copy of the same catalog, without: what the pages add to it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { exportSite } from '../../publishing/exportSite'
import { freePort } from '../../shared/freePort'
import { projectRoot } from '../../shared/paths'
import { run } from '../../shared/run'
import { benchEnv } from './benchEnv'
import { measuredRun } from './measuredRun'

const { values } = parseArgs({ options: { count: { default: '10000', type: 'string' } } })
const count = Number(values.count)
if (!Number.isSafeInteger(count) || count < 1000) throw new Error('--count takes a whole number of records, at least 1,000')
const CHANGED = 1000
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')
const script = (...parts: string[]) => path.join(projectRoot, 'scripts', ...parts)
const n = (value: number) => value.toLocaleString('en-US')
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-pages-'))
const env = benchEnv(dir, `http://127.0.0.1:${await freePort()}`)

/** Files and bytes of a page set, and the disk it takes (blocks, as `du` counts them). */
function setSize(catalogDir: string) {
  const set = fs.realpathSync(path.join(catalogDir, 'current', 'pages'))
  let bytes = 0
  let files = 0
  for (const entry of fs.readdirSync(path.join(set, 'base'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  const disk =
    Number(
      execFileSync('du', ['-sk', path.join(set, 'base')])
        .toString()
        .split('\t')[0],
    ) * 1024
  return { bytes, disk, files }
}

try {
  console.log('Seeding a database and building the site once (its record page shells) …')
  await run(tsx, [script('seed.ts')], { env })
  const siteDir = path.join(dir, 'site')
  fs.mkdirSync(siteDir)
  const log = console.log
  console.log = () => {}
  await exportSite(path.join(siteDir, 'release'), env).finally(() => (console.log = log))
  fs.symlinkSync('release', path.join(siteDir, 'current'))
  const noSite = path.join(dir, 'no-site')

  const catalogDir = path.join(dir, 'catalog')
  const exportFile = path.join(dir, 'export.iso')
  const changes = path.join(dir, 'changes.iso')
  await run(tsx, [script('catalog', 'generate.ts'), '--count', String(count), '--seed', 'bench', '--out', exportFile], { env })
  await run(tsx, [script('catalog', 'generate.ts'), '--count', String(CHANGED), '--seed', 'bench-changed', '--out', changes], { env })

  console.log(`\nImporting ${n(count)} records, without record pages …`)
  const imported = await measuredRun([script('catalog', 'import.ts'), exportFile], { ...env, CATALOG_DIR: catalogDir, SITE_DIR: noSite })
  fs.rmSync(exportFile)

  console.log('\nWriting every record page in both languages (npm run catalog:pages) …')
  const pages = await measuredRun([script('catalog', 'pages.ts')], { ...env, CATALOG_DIR: catalogDir, SITE_DIR: siteDir })
  const written = setSize(catalogDir)

  // The same catalog twice, its files linked: one import writes the changed records' pages, the other none.
  const withoutPages = path.join(dir, 'catalog-without-pages')
  execFileSync('cp', ['-al', catalogDir, withoutPages])
  console.log(`\nAn incremental import of ${n(CHANGED)} changed records, with their pages …`)
  const withPagesRun = await measuredRun([script('catalog', 'import.ts'), changes, '--incremental'], { ...env, CATALOG_DIR: catalogDir, SITE_DIR: siteDir })
  console.log(`\nThe same import without pages …`)
  const withoutPagesRun = await measuredRun([script('catalog', 'import.ts'), changes, '--incremental'], { ...env, CATALOG_DIR: withoutPages, SITE_DIR: noSite })

  console.log(`\n## Record pages, ${n(count)} records (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores)\n`)
  console.log('| step | time | peak memory | pages | bytes | on disk |')
  console.log('|---|---|---|---|---|---|')
  console.log(`| import, without pages | ${imported.seconds.toFixed(1)} s | ${n(imported.peak)} MiB | | | |`)
  console.log(
    `| every page, both languages | ${pages.seconds.toFixed(1)} s | ${n(pages.peak)} MiB | ${n(written.files)} | ${mib(written.bytes)} (${(written.bytes / written.files / 1024).toFixed(1)} KB a page, gzipped) | ${mib(written.disk)} |`,
  )
  console.log(`| incremental import of ${n(CHANGED)}, with their pages | ${withPagesRun.seconds.toFixed(1)} s | ${n(withPagesRun.peak)} MiB | | | |`)
  console.log(`| the same, without pages | ${withoutPagesRun.seconds.toFixed(1)} s | ${n(withoutPagesRun.peak)} MiB | | | |`)
  console.log(`\nThe pages add ${(withPagesRun.seconds - withoutPagesRun.seconds).toFixed(1)} s to the incremental import.`)
} finally {
  fs.rmSync(dir, { force: true, recursive: true })
}
