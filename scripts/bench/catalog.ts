/**
 * `npm run bench:catalog -- --count N [--count M …]`: for each size, generates a synthetic
 * CNMARC export, imports and indexes it, and reports wall time, peak memory of every process
 * (the indexer's included), index size and file count; then, in Debian's Chromium against the
 * built site on localhost, the bytes transferred and the time to the first ten results for a
 * cold and a warm query, for a rare word and for a word found in most records.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'


import { projectRoot } from '../../shared/paths'
import { linkTree } from '../../shared/linkTree'
import { exportSite } from '../../publishing/exportSite'
import { freePort } from '../../shared/freePort'
import { run } from '../../shared/run'
import { serveStatic } from '../../publishing/staticServer'
import { benchEnv } from './benchEnv'
import { ProcessTreeMemory } from './processMemory'
import { launchChromium } from '../../shared/chromium'

const { values } = parseArgs({ options: { count: { multiple: true, type: 'string' } } })
const counts = (values.count ?? ['10000']).map(Number)
const QUERIES = { common: ['中国', '研究'], rare: ['釉下五彩', '渌江书院'] }
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-catalog-'))
const port = await freePort()
const site = `http://127.0.0.1:${port}`
const baseEnv = benchEnv(dir, site)

/** Runs a command and measures its wall time and the memory peaks of its process tree. */
async function measured(args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now()
  const child = spawn(tsx, args, { env, stdio: ['ignore', 'inherit', 'inherit'] })
  const memory = new ProcessTreeMemory(child.pid!)
  memory.start()
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  memory.stop()
  if (code !== 0) throw new Error(`${args.join(' ')} failed with exit code ${code}`)
  return { peaks: memory.peaksByCommand(), seconds: (performance.now() - started) / 1000 }
}

function sizeOf(folder: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { bytes, files }
}

/** Types a query on the catalog page and waits for the results; bytes and time from the keystroke on. */
async function query(page: import('playwright-core').Page, text: string) {
  let bytes = 0
  const count = (response: import('playwright-core').Response) =>
    response.body().then(
      (body) => (bytes += body.length),
      () => {},
    )
  page.on('response', count)
  const started = performance.now()
  await page.locator('#catalog-query').fill(text)
  await page.waitForFunction(() => /\d|没有/.test(document.querySelector('.catalog-search .status')?.textContent ?? ''), null, { timeout: 60_000 })
  const seconds = (performance.now() - started) / 1000
  const searchMs = await page.evaluate(() => performance.getEntriesByName('catalog:results').at(-1)?.duration ?? NaN)
  await page.waitForTimeout(300)
  page.off('response', count)
  const shown = await page.locator('.catalog-search .results li').count()
  return { bytes, searchMs, seconds, shown }
}

console.log('Seeding a database and building the site once …')
await run(tsx, [path.join(projectRoot, 'scripts', 'seed.ts')], { env: baseEnv })
const distDir = path.join(dir, 'dist')
await exportSite(distDir, baseEnv)
let server = await serveStatic(distDir, port)
// The static server lists its files when it starts: a new catalog needs a new server.
async function restartServer() {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  server = await serveStatic(distDir, port)
}
const browser = await launchChromium()

const rows: string[] = []
const queryRows: string[] = []
try {
  for (const count of counts) {
    const catalogDir = path.join(dir, `catalog-${count}`)
    const exportFile = path.join(dir, `export-${count}.iso`)
    console.log(`\n== ${count.toLocaleString('en-US')} records`)
    await run(tsx, [path.join(projectRoot, 'scripts', 'catalog', 'generate.ts'), '--count', String(count), '--seed', 'bench', '--out', exportFile], { env: baseEnv })
    const imported = await measured([path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), exportFile], { ...baseEnv, CATALOG_DIR: catalogDir })
    fs.rmSync(exportFile)
    const current = fs.realpathSync(path.join(catalogDir, 'current'))
    const index = sizeOf(path.join(current, 'pagefind'))
    const data = sizeOf(path.join(current, 'records'))
    const peaks = Object.entries(imported.peaks)
      .map(([command, mib]) => `${command === 'MainThread' ? 'node (import)' : command} ${mib.toLocaleString('en-US')} MiB`)
      .join(', ')
    rows.push(
      `| ${count.toLocaleString('en-US')} | ${imported.seconds.toFixed(0)} s | ${peaks} | ${(index.bytes / 2 ** 20).toFixed(0)} MiB in ${index.files.toLocaleString('en-US')} files | ${(data.bytes / 2 ** 20).toFixed(0)} MiB in ${data.files} files |`,
    )

    const served = path.join(distDir, 'catalog', 'data')
    fs.rmSync(served, { force: true, recursive: true })
    fs.mkdirSync(served, { recursive: true })
    linkTree(current, served)
    for (const kind of ['rare', 'common'] as const) {
      await restartServer()
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${site}/catalog/`)
      await page.waitForSelector('#catalog-query')
      const [first, second] = QUERIES[kind]
      const cold = await query(page, first!)
      const warm = await query(page, second!)
      await page.locator('#catalog-query').fill('')
      await page.waitForFunction(() => document.querySelector('.catalog-search .status')?.textContent === '')
      const repeated = await query(page, first!)
      await context.close()
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
      queryRows.push(
        `| ${count.toLocaleString('en-US')} | ${kind} (${first} / ${second}) | ${kb(cold.bytes)}, ${cold.searchMs.toFixed(0)} ms (${(cold.seconds * 1000).toFixed(0)} ms from the keystroke), ${cold.shown} shown | ${kb(warm.bytes)}, ${warm.searchMs.toFixed(0)} ms (${(warm.seconds * 1000).toFixed(0)} ms), ${warm.shown} shown | ${repeated.searchMs.toFixed(0)} ms |`,
      )
    }
  }
} finally {
  await browser.close()
  server.closeAllConnections()
  server.close()
  fs.rmSync(dir, { force: true, recursive: true })
}

console.log(`\n## bench:catalog — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`)
console.log('| records | import + index (wall) | peak memory per process | search index | record data |\n|---|---|---|---|---|')
for (const row of rows) console.log(row)
console.log('\n| records | query | cold: transferred, search time | warm: transferred, search time | repeated |\n|---|---|---|---|---|')
for (const row of queryRows) console.log(row)
