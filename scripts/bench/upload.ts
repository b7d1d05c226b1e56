/**
 * `npm run bench:upload -- [--mb 1000]`: how the admin's catalog upload meets a large export.
 * Starts the CMS as `npm start` runs it (`next start`, running imports), uploads an export of
 * the given size (a real export, repeated) to `POST /api/catalog-imports/upload` as the admin's
 * page does, and measures the time, the throughput and the CMS process's memory while it
 * arrives: the upload is written to disk as it comes, so the memory should not grow with it.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { projectRoot } from '../../shared/paths'
import { startCms } from '../../tests/rest/server'

const { values } = parseArgs({ options: { mb: { default: '1000', type: 'string' } } })
const megabytes = Number(values.mb)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-bench-upload-'))

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

// A real export (traject's 30 records), repeated to the size asked for.
const file = path.join(work, 'large-export.mrc')
const records = fs.readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'marc', 'test_data.utf8.mrc'))
const out = fs.openSync(file, 'w')
for (let written = 0; written < megabytes * 1_000_000; written += records.length) fs.writeSync(out, records)
fs.closeSync(out)
const bytes = fs.statSync(file).size

const cms = await startCms({
  env: { CATALOG_DIR: path.join(work, 'catalog'), CATALOG_SAMPLE: 'off', CATALOG_UPLOAD_MAX_MB: String(megabytes * 2), PAYLOAD_RUN_JOBS: 'true' },
})
try {
  const registered = await fetch(`${cms.url}/api/users/first-register`, {
    body: JSON.stringify({ email: 'bench@example.org', password: 'a long benchmark password' }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await registered.json()) as { token: string }
  // Settled after the first requests (the admin's routes compiled, Payload started).
  await fetch(`${cms.url}/api/catalog-imports/status`, { headers: { Authorization: `JWT ${token}` } })
  const before = rssMiB(cms.pid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(cms.pid))), 50)
  const started = performance.now()
  const answer = await new Promise<{ id: number; status: number }>((resolve, reject) => {
    const request = http.request(new URL(`/api/catalog-imports/upload?name=large-export.mrc&mode=full`, cms.url), {
      headers: { Authorization: `JWT ${token}`, 'Content-Length': String(bytes), 'Content-Type': 'application/octet-stream' },
      method: 'POST',
    })
    request.on('response', (response) => {
      let text = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ ...(JSON.parse(text) as { id: number }), status: response.statusCode ?? 0 }))
    })
    request.on('error', reject)
    fs.createReadStream(file).pipe(request)
  })
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  if (answer.status !== 202) throw new Error(`the upload answered ${answer.status}`)
  // The import itself is not what is measured here (bench:catalog is).
  await fetch(`${cms.url}/api/catalog-imports/${answer.id}/cancel`, { headers: { Authorization: `JWT ${token}` }, method: 'POST' })
  console.log(
    `Upload of ${(bytes / 1e6).toFixed(0)} MB: ${seconds.toFixed(1)} s (${(bytes / 1e6 / seconds).toFixed(0)} MB/s); ` +
      `the CMS process ${before.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB at most while it arrived (+${(peak - before).toFixed(0)} MiB).`,
  )
} finally {
  await cms.stop()
  fs.rmSync(work, { force: true, recursive: true })
}
