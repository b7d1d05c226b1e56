/**
 * `npm run catalog:generate -- --count N [--out FILE] [--seed S]`: writes a synthetic CNMARC
 * export of the library's catalog (UTF-8 ISO 2709) for tests and benchmarks of the importer.
 * The same seed and count give the same file.
 */
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { writeSyntheticCatalog } from '../../catalog/synthetic/writeCatalog'

const USAGE = 'usage: npm run catalog:generate -- --count N [--out FILE] [--seed S]'

/** Reads the command line; throws with the usage when it is wrong. */
export function parseGenerateArgs(args: string[]): { count: number; out: string; seed: string } {
  let values: { count?: string; out?: string; seed: string }
  try {
    ;({ values } = parseArgs({
      args,
      options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
      strict: true,
    }))
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`)
  }
  const count = Number(values.count)
  if (values.count === undefined || !Number.isSafeInteger(count) || count < 1) throw new Error(`--count must be a whole number of records, at least 1\n${USAGE}`)
  return { count, out: values.out ?? `data/catalog/synthetic-${count}.iso`, seed: values.seed }
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

async function main() {
  const { count, out, seed } = parseGenerateArgs(process.argv.slice(2))
  const interactive = process.stderr.isTTY
  let lastShown = 0
  const summary = await writeSyntheticCatalog({
    count,
    onProgress: (records, bytes) => {
      const now = performance.now()
      if (records < count && now - lastShown < (interactive ? 200 : 5000)) return
      lastShown = now
      const line = `${records.toLocaleString('en')} / ${count.toLocaleString('en')} records (${Math.floor((100 * records) / count)} %), ${megabytes(bytes)}`
      if (interactive) process.stderr.write(`\r${line}${records === count ? '\n' : ''}`)
      else console.error(line)
    },
    out,
    seed,
  })
  console.log(
    `Wrote ${summary.records.toLocaleString('en')} records, ${summary.bytes.toLocaleString('en')} bytes (${megabytes(summary.bytes)}), in ${summary.seconds.toFixed(1)} s to ${out} (seed ${seed}).`,
  )
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
