/**
 * `npm run bench:catalog -- --count N [--count M …]`: the catalog's search index (docs/catalog-index.md)
 * beside the Pagefind design it replaced (pagefindCatalog.ts), built from the same generated catalog.
 * For each size: generates a synthetic CNMARC export, imports it (the new index is written by the
 * import), builds the Pagefind shards from the import's records, and reports the time and peak
 * memory of each and the files and bytes they write. Then, in Debian's Chromium against the site
 * built once and served by npm start's server (countingServer.ts counts the bytes), unthrottled
 * and on Lighthouse's slow 4G: bytes, requests, sequential requests and time to ten results,
 * cold and warm, for a rare word, a common word, two common words, an ISBN and a pinyin spelling
 * chosen from the catalog itself; the new design on the catalog page, Pagefind in a bare page
 * (pagefindHarness.ts). Last, what the catalog page and the search page load before any query.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { copyCurrentCatalog } from '../../catalog/siteData'
import { RECORDS_FILE } from '../../catalog/store'
import { exportSite } from '../../publishing/exportSite'
import { launchChromium } from '../../shared/chromium'
import { freePort } from '../../shared/freePort'
import { linkTree } from '../../shared/linkTree'
import { projectRoot } from '../../shared/paths'
import { run } from '../../shared/run'
import { benchEnv } from './benchEnv'
import { SLOW_4G, type TrafficSummary } from './browserTraffic'
import { type BenchQuery, chooseQueries } from './catalogQueries'
import { serveCounted } from './countingServer'
import { measureRelevance, RELEVANCE_QUERIES, RELEVANCE_RECORDS } from '../../catalog/indexing/relevanceSet'
import { writePagefindHarness } from './pagefindHarness'
import { measuredRun } from './measuredRun'
import { catalogPageRun, HARNESS, pagefindRun, pageWeight, type SearchRun, type Site } from './searchRuns'

const { values } = parseArgs({ options: { count: { multiple: true, type: 'string' } } })
const counts = (values.count ?? ['10000']).map(Number)
if (counts.some((count) => !Number.isSafeInteger(count) || count < 1)) throw new Error('--count takes a whole number of records')
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')
const NETWORKS = [
  ['unthrottled', undefined],
  ['slow 4G', SLOW_4G],
] as const

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-catalog-'))
const port = await freePort()
const siteUrl = `http://127.0.0.1:${port}`
const baseEnv = benchEnv(dir, siteUrl)
const started = performance.now()

const n = (value: number) => value.toLocaleString('en-US')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const ms = (value: number) => `${Math.round(value)} ms`

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

const size = ({ bytes, files }: { bytes: number; files: number }) => `${mib(bytes)} in ${n(files)} files`
const peaksOf = (peaks: Record<string, number>) =>
  Object.entries(peaks)
    .sort((a, b) => b[1] - a[1])
    .map(([command, value]) => `${command === 'MainThread' ? 'node' : command} ${n(value)} MiB`)
    .join(', ')

/** Requests one after the other as sent, and as the page asked for them when that is fewer (the browser made some wait). */
const inARow = (run: TrafficSummary) => (run.depthAsked < run.depth ? `${run.depth} (${run.depthAsked} asked)` : String(run.depth))

function queryRow(count: number, network: string, design: string, query: BenchQuery, { before, cold, next, warm }: SearchRun): string {
  const requests = (run: TrafficSummary) => `${run.requests}${run.cached ? ` (+${run.cached} cached)` : ''}`
  const withCode = before.requests > 0 ? `${kb(cold.bytes + before.bytes)} (${kb(before.bytes)} before)` : kb(cold.bytes)
  const fromInput = cold.fromInput === undefined ? '' : ` (${ms(cold.fromInput)})`
  return (
    `| ${n(count)} | ${network} | ${design} | ${query.kind}: ${query.text} | ${cold.found}, ${cold.shown} shown | ${kb(cold.bytes)} | ${withCode} | ${requests(cold)} | ${inARow(cold)} | ${ms(cold.ms)}${fromInput} | ` +
    `${ms(warm.ms)}, ${requests(warm)} | ${ms(next.ms)}, ${kb(next.bytes)}, ${requests(next)} |`
  )
}

console.log('Seeding a database and building the site once …')
await run(tsx, [path.join(projectRoot, 'scripts', 'seed.ts')], { env: baseEnv })
const distDir = path.join(dir, 'dist')
// The build's page-by-page lines are kept out of the benchmark's output; a failed build's error names its cause.
const log = console.log
console.log = () => {}
const pages = await exportSite(distDir, baseEnv).finally(() => (console.log = log))
console.log(`Site built: ${n(pages)} pages.`)
const server = await serveCounted(distDir, port)
const site: Site = { served: server.served, url: siteUrl }
const browser = await launchChromium()
const servedData = path.join(distDir, 'catalog', 'data')
const harnessDir = path.join(distDir, HARNESS)

const buildRows: string[] = []
const queryRows: string[] = []
const weightRows: string[] = []
try {
  for (const count of counts) {
    const exportFile = path.join(dir, `export-${count}.iso`)
    const catalogDir = path.join(dir, `catalog-${count}`)
    const pagefindDir = path.join(dir, `pagefind-${count}`)
    console.log(`\n== ${n(count)} records`)
    await run(tsx, [path.join(projectRoot, 'scripts', 'catalog', 'generate.ts'), '--count', String(count), '--seed', 'bench', '--out', exportFile], { env: baseEnv })

    console.log('Importing (the new index is written by the import) …')
    const imported = await measuredRun([path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), exportFile], { ...baseEnv, CATALOG_DIR: catalogDir })
    fs.rmSync(exportFile)
    const build = fs.realpathSync(path.join(catalogDir, 'current'))
    const index = sizeOf(path.join(build, 'index'))
    const data = sizeOf(path.join(build, 'records'))
    console.log(`  ${imported.seconds.toFixed(1)} s; index ${size(index)}; record data ${size(data)}`)
    buildRows.push(`| ${n(count)} | new (import + index) | ${imported.seconds.toFixed(1)} s | ${peaksOf(imported.peaks)} | ${n(index.files)} | ${mib(index.bytes)} | ${size(data)} |`)

    console.log('Building the Pagefind design from the same records …')
    const recordsFile = path.join(build, RECORDS_FILE)
    const pagefind = await measuredRun([path.join(projectRoot, 'scripts', 'bench', 'pagefindCatalogBuild.ts'), recordsFile, pagefindDir], baseEnv)
    const shards = fs.readdirSync(pagefindDir).sort((a, b) => Number(a) - Number(b))
    const pagefindSize = sizeOf(pagefindDir)
    console.log(`  ${pagefind.seconds.toFixed(1)} s; ${shards.length} shard(s), ${size(pagefindSize)}`)
    buildRows.push(`| ${n(count)} | Pagefind (from records.ndjson) | ${pagefind.seconds.toFixed(1)} s | ${peaksOf(pagefind.peaks)} | ${n(pagefindSize.files)} | ${mib(pagefindSize.bytes)} | (the same) |`)

    // Both designs served from the one site: the import as the site serves it, Pagefind's shards beside a bare page.
    fs.rmSync(servedData, { force: true, recursive: true })
    fs.mkdirSync(servedData, { recursive: true })
    copyCurrentCatalog(catalogDir, servedData)
    fs.rmSync(harnessDir, { force: true, recursive: true })
    fs.mkdirSync(harnessDir)
    linkTree(pagefindDir, harnessDir)
    writePagefindHarness(harnessDir, shards)

    const queries = await chooseQueries(recordsFile)
    console.log(`Queries: ${queries.map((query) => `${query.kind} "${query.text}" (then "${query.other}")`).join('; ')}`)

    for (const [label, url] of [
      ['catalog page', '/catalog/'],
      ['search page', '/search/'],
    ] as const) {
      const weight = await pageWeight(browser, site, url, async (page) => {
        if (url === '/catalog/') await page.locator('.catalog-search .status[data-state="guidance"]').waitFor()
      })
      console.log(`  ${label} ${url}: ${kb(weight.bytes)} in ${weight.requests} requests (scripts ${kb(weight.scriptBytes)})`)
      weightRows.push(`| ${n(count)} | ${label} \`${url}\` | ${kb(weight.bytes)} | ${kb(weight.scriptBytes)} | ${weight.requests} |`)
    }

    for (const [network, conditions] of NETWORKS) {
      for (const query of queries) {
        for (const [design, search] of [
          ['new', () => catalogPageRun(browser, site, query, conditions)],
          ['Pagefind', () => pagefindRun(browser, site, query, conditions)],
        ] as const) {
          const result = await search()
          console.log(
            `  ${network}, ${design}, ${query.kind} "${query.text}": cold ${kb(result.cold.bytes)} in ${result.cold.requests} requests (${inARow(result.cold)} in a row), ` +
              `${ms(result.cold.ms)}, ${result.cold.found} found; warm ${ms(result.warm.ms)}; next "${query.other}" ${ms(result.next.ms)}` +
              `\n    cold: ${result.cold.chain || 'no requests'}${result.warm.chain ? `\n    warm: ${result.warm.chain}` : ''}`,
          )
          queryRows.push(queryRow(count, network, design, query, result))
        }
      }
    }
    fs.rmSync(catalogDir, { force: true, recursive: true })
    fs.rmSync(pagefindDir, { force: true, recursive: true })
  }
} finally {
  await browser.close()
  await server.close()
  fs.rmSync(dir, { force: true, recursive: true })
}

console.log(`\n## bench:catalog — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`)
console.log('### Import and index\n')
console.log('| records | design | time (wall) | peak memory per process | index files | index bytes | record data |\n|---|---|---|---|---|---|---|')
for (const row of buildRows) console.log(row)
console.log(
  '\n### Queries\n\nBytes as transferred (compressed as the server sends them, headers included). Cold: a fresh browser, the page loaded, the first query; ' +
    '"with search code" adds what the catalog page loaded for its search before the query (its scripts but React, the manifest and the groups; ' +
    'Pagefind loads its code during the query). In a row: the longest chain of requests each sent after the previous ended; ' +
    '"asked": the chain as the page asked for them, when the browser made some wait (for a connection, or for another request of the same address). ' +
    'Time: new design from `catalog:search` to `catalog:results` (from the keystroke, 200 ms typing pause included); Pagefind from the call to the tenth record. ' +
    'Warm: the same query again after clearing the box. Next: another query of the same kind in the same page.\n',
)
console.log('| records | network | design | query | found (Pagefind: result pages) | cold bytes | with search code | requests | in a row | cold time | warm | next query |\n|---|---|---|---|---|---|---|---|---|---|---|---|')
for (const row of queryRows) console.log(row)
console.log('\n### Pages before any query (unthrottled, everything they load)\n')
console.log('| records | page | transferred | of which scripts | requests |\n|---|---|---|---|---|')
for (const row of weightRows) console.log(row)
console.log('\n### Relevance\n')
const relevance = await measureRelevance()
console.log(
  `Precision at 10 on the relevance set (catalog/indexing/relevanceSet.ts, ${RELEVANCE_QUERIES.length} queries on ${RELEVANCE_RECORDS.length} books): ` +
    `${relevance.precisionAt10.toFixed(2)}; the expected first result first in ${(relevance.firstRight * 100).toFixed(0)} % of the queries that have one.` +
    relevance.misses.map((miss) => `\n- ${miss}`).join(''),
)
console.log(`\nbench:catalog: ${counts.map(n).join(', ')} records, ${queryRows.length} query runs, in ${((performance.now() - started) / 60_000).toFixed(1)} min.`)
