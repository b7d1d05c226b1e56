/**
 * `npm run bench:marc -- [records]`: writes an ISO 2709 file of 50,000 records (the 30
 * records of traject's test file, repeated with new 001s) with iso2709Writer, then reads it
 * three times with readIso2709 and reports records per second and the memory in use.
 */
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readIso2709 } from '../../catalog/marc/iso2709'
import { writeIso2709 } from '../../catalog/marc/iso2709Writer'
import type { MarcRecord } from '../../catalog/marc/types'

const count = Number(process.argv[2] ?? 50_000)
const source = new URL('../../tests/fixtures/marc/test_data.utf8.mrc', import.meta.url).pathname

const samples: MarcRecord[] = []
for await (const result of readIso2709(source)) if (result.ok) samples.push(result.record)

const dir = mkdtempSync(join(tmpdir(), 'liling-bench-marc-'))
const file = join(dir, 'records.mrc')
const out = createWriteStream(file)
for (let index = 0; index < count; index++) {
  const sample = samples[index % samples.length] as MarcRecord
  const record = { ...sample, controlFields: [{ tag: '001', value: String(index + 1) }, ...sample.controlFields.slice(1)] }
  if (!out.write(writeIso2709(record))) await once(out, 'drain')
}
out.end()
await once(out, 'finish')
console.log(`${count.toLocaleString('en')} records, ${(statSync(file).size / 1e6).toFixed(1)} MB`)

for (let round = 1; round <= 3; round++) {
  const start = performance.now()
  let read = 0
  for await (const result of readIso2709(file)) if (result.ok) read++
  const seconds = (performance.now() - start) / 1000
  const rss = process.memoryUsage().rss / 1e6
  console.log(`round ${round}: ${read.toLocaleString('en')} read in ${seconds.toFixed(2)} s, ${Math.round(read / seconds).toLocaleString('en')} records/s, ${rss.toFixed(0)} MB resident`)
}
rmSync(dir, { recursive: true })
