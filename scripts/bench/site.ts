/**
 * `npm run bench:site`: builds the seeded site from a fresh database, with a generated catalog of
 * its own, and reports the build time, the page count, the bytes each template sends (HTML, CSS
 * and JS, gzipped; images aside) and Lighthouse scores in Debian's Chromium. Figures go in
 * BENCHMARKS.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { parse } from 'node-html-parser'

import { projectRoot } from '../../shared/paths'
import { fileFor } from '../../tests/site/dist'
import { exportSite } from '../../publishing/exportSite'
import { freePort } from '../../shared/freePort'
import { run } from '../../shared/run'
import { serveStatic } from '../../publishing/staticServer'
import { benchEnv } from './benchEnv'

const TEMPLATES: [string, string][] = [
  ['home', '/'],
  ['news list', '/news/'],
  ['news article', '/news/2015-new-library-site-selection/'],
  ['events calendar', '/events/'],
  ['event', '/events/lectures/2014-12-01-migrant-worker-training/'],
  ['lecture schedule', '/lectures/'],
  ['book-van schedule', '/book-van/'],
  ['chronicle', '/chronicle/'],
  ['visit', '/visit/'],
  ['about', '/about/'],
  ['report', '/report/2014/'],
  ['catalog record', '/catalog/record/LL0000000001/'],
  ['catalog by class', '/catalog/browse/'],
  ['new arrivals', '/catalog/new/'],
]
/** Records of the generated catalog the catalog page is measured with. */
const CATALOG_RECORDS = 3000
const LIGHTHOUSE_PAGES = ['/', '/events/lectures/2014-12-01-migrant-worker-training/', '/news/', '/search/', '/catalog/', '/catalog/record/LL0000000001/', '/catalog/browse/']

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-site-'))
const distDir = path.join(dir, 'dist')
const port = await freePort()
const siteUrl = `http://127.0.0.1:${port}`
// A catalog of its own, as readers meet the catalog page, never the project's data/catalog.
const env = { ...benchEnv(dir, siteUrl), CATALOG_DIR: path.join(dir, 'catalog') }
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')

console.log('Seeding a fresh database …')
await run(tsx, [path.join(projectRoot, 'scripts', 'seed.ts')], { env })
console.log(`Importing a generated catalog of ${CATALOG_RECORDS.toLocaleString('en-US')} records …`)
const exportFile = path.join(dir, 'catalog.iso')
await run(tsx, [path.join(projectRoot, 'scripts', 'catalog', 'generate.ts'), '--count', String(CATALOG_RECORDS), '--seed', 'bench', '--out', exportFile], { env })
await run(tsx, [path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), exportFile], { env })
console.log('Building the site …')
const buildStarted = performance.now()
const pages = await exportSite(distDir, env)
const buildSeconds = (performance.now() - buildStarted) / 1000

const gz = (file: string) => gzipSync(fs.readFileSync(file)).length
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

console.log('Measuring templates …')
const rows = TEMPLATES.map(([name, url]) => {
  const file = fileFor(distDir, url)
  if (!file) throw new Error(`No page at ${url}: update TEMPLATES in scripts/bench/site.ts`)
  const root = parse(fs.readFileSync(file, 'utf8'))
  const assets = [...root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!), ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!)]
  const assetBytes = assets.reduce((sum, href) => sum + gz(fileFor(distDir, new URL(href, siteUrl).pathname)!), 0)
  return { assetBytes, html: gz(file), name, url }
})

const server = await serveStatic(distDir, port)
const chrome = await chromeLauncher.launch({
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  chromePath: '/usr/bin/chromium',
})
const scores: string[] = []
try {
  for (const prefix of ['', '/en']) {
    for (const url of LIGHTHOUSE_PAGES) {
      console.log(`Lighthouse ${prefix}${url} …`)
      const result = await lighthouse(`${siteUrl}${prefix}${url}`, {
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        output: 'json',
        port: chrome.port,
      })
      const categories = result!.lhr.categories
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
      const requests = (result!.lhr.audits['network-requests']?.details as { items?: { resourceType: string; transferSize: number }[] })?.items ?? []
      const transferred = requests.filter((r) => r.resourceType !== 'Image').reduce((sum, r) => sum + r.transferSize, 0)
      scores.push(`| ${prefix}${url} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${kb(transferred)} KB |`)
    }
  }
} finally {
  await chrome.kill()
  server.close()
  fs.rmSync(dir, { force: true, recursive: true })
}

console.log(`\n## bench:site — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`)
console.log(`Build: ${pages} pages in ${buildSeconds.toFixed(1)} s (astro build, seeded content).\n`)
console.log('| template | page | HTML (gzip) | CSS + JS (gzip) |\n|---|---|---|---|')
for (const row of rows) console.log(`| ${row.name} | ${row.url} | ${kb(row.html)} KB | ${kb(row.assetBytes)} KB |`)
console.log('\n| page | performance | accessibility | best practices | SEO | transferred, images aside |\n|---|---|---|---|---|---|')
for (const line of scores) console.log(line)
