/**
 * `npm run bench:publish [-- --records 300000 --runs 5 --catalog DIR]`: how long a publish takes
 * to reach visitors. Runs the whole system as `npm start` does, on temporary folders, with a
 * catalog of `--records` synthetic records (generated and imported first, or an imported catalog
 * folder given with `--catalog`); then, `--runs` times, publishes a news item through the REST
 * API and measures until the site serves its page and until site search (in Debian's Chromium)
 * finds it. Reports each run and the medians.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

import { projectRoot } from '../../shared/paths'
import { launchChromium } from '../../shared/chromium'
import { CmsClient } from '../../tests/publish/cmsClient'
import { System } from '../../tests/publish/system'
import { run } from '../../shared/run'

const { values } = parseArgs({
  options: { catalog: { type: 'string' }, records: { default: '300000', type: 'string' }, runs: { default: '5', type: 'string' } },
})
const runs = Number(values.runs)
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-publish-'))
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!

let catalogDir = values.catalog ? path.resolve(values.catalog) : path.join(dir, 'catalog')
if (!values.catalog) {
  const exportFile = path.join(dir, 'export.mrc')
  console.log(`[1/3] Generating and importing a catalog of ${values.records} records…`)
  const started = performance.now()
  await run(tsx, [path.join(projectRoot, 'scripts', 'catalog', 'generate.ts'), '--count', values.records!, '--seed', 'bench', '--out', exportFile])
  await run(tsx, [path.join(projectRoot, 'scripts', 'catalog', 'import.ts'), exportFile], { env: { ...process.env, CATALOG_DIR: catalogDir } })
  console.log(`Catalog ready in ${seconds(performance.now() - started)} s.`)
  catalogDir = path.resolve(catalogDir)
}

console.log('[2/3] Starting the system (npm start) and its first build…')
const system = await System.start({ dir, env: { CATALOG_DIR: catalogDir } })
const admin = await CmsClient.firstAdmin(system.cmsUrl)
const first = await admin.idle(600_000)
if (first.status !== 'succeeded') throw new Error(`The first build failed: ${first.error}`)
console.log(`First build: ${first.pages} pages in ${seconds(first.durationMs ?? 0)} s.`)

const browser = await launchChromium()
const foundInSearch = async (query: string, title: string) => {
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${system.siteUrl}/search/?q=${encodeURIComponent(query)}`)
  for (;;) {
    const titles = await page.locator('.site-search .results h2').allTextContents()
    if (titles.includes(title)) break
    await sleep(50)
  }
  await context.close()
}

console.log(`[3/3] Publishing ${runs} times…`)
const results: { build: number; page: number; search: number }[] = []
for (let i = 1; i <= runs; i += 1) {
  const slug = `publish-timing-${i}`
  const title = `发布计时测试通知第${i}号`
  const started = performance.now()
  await admin.publishNews({ category: 'announcement', slug, summary: '用于测量从发布到上线的时间。', title })
  while (!(await fetch(`${system.siteUrl}/news/${slug}/`)).ok) await sleep(100)
  const page = performance.now() - started
  await foundInSearch('发布计时', title)
  const search = performance.now() - started
  const build = await admin.idle()
  results.push({ build: build.durationMs ?? 0, page, search })
  console.log(`  run ${i}: page served after ${seconds(page)} s, found in search after ${seconds(search)} s (the build itself: ${seconds(build.durationMs ?? 0)} s, ${build.pages} pages)`)
}
await browser.close()
await system.stop()

console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · catalog ${catalogDir}`)
console.log('| run | page served | found in search | build |')
console.log('|---|---|---|---|')
for (const [i, r] of results.entries()) console.log(`| ${i + 1} | ${seconds(r.page)} s | ${seconds(r.search)} s | ${seconds(r.build)} s |`)
console.log(
  `Median of ${runs}: page served ${seconds(median(results.map((r) => r.page)))} s, found in search ${seconds(median(results.map((r) => r.search)))} s (target: under 15 s).`,
)
fs.rmSync(dir, { force: true, recursive: true })
