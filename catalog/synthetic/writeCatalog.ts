import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'

import { writeIso2709 } from '../marc/iso2709Writer'
import { type Branch, loadBranches } from './branches'
import { createRecordMaker } from './record'
import { loadWords, type Words } from './words'

export type CatalogOptions = {
  count: number
  out: string
  seed: string
  /** Called now and then with the records written so far. */
  onProgress?: (records: number, bytes: number) => void
  branches?: Branch[]
  words?: Words
}

export type CatalogSummary = { bytes: number; records: number; seconds: number }

/** Records are written in chunks of about this size: fewer writes, little memory. */
const CHUNK_BYTES = 1 << 20

/**
 * Writes `count` synthetic CNMARC records to `out` as UTF-8 ISO 2709, streaming: only one
 * chunk is in memory at a time, and the stream's back-pressure is respected.
 */
export async function writeSyntheticCatalog(options: CatalogOptions): Promise<CatalogSummary> {
  const started = performance.now()
  const nextRecord = createRecordMaker({
    branches: options.branches ?? loadBranches(),
    seed: options.seed,
    words: options.words ?? loadWords(),
  })
  await mkdir(dirname(options.out), { recursive: true })
  const stream = createWriteStream(options.out)
  const failed = new Promise<never>((_, reject) => stream.once('error', reject))
  let bytes = 0
  let chunk: Buffer[] = []
  let chunkBytes = 0

  const flush = async () => {
    if (chunk.length === 0) return
    const data = Buffer.concat(chunk, chunkBytes)
    chunk = []
    chunkBytes = 0
    if (!stream.write(data)) await Promise.race([once(stream, 'drain'), failed])
  }

  for (let written = 0; written < options.count; written++) {
    const record = writeIso2709(nextRecord())
    chunk.push(record)
    chunkBytes += record.length
    bytes += record.length
    if (chunkBytes >= CHUNK_BYTES) {
      await flush()
      options.onProgress?.(written + 1, bytes)
    }
  }
  await flush()
  stream.end()
  await Promise.race([once(stream, 'finish'), failed])
  options.onProgress?.(options.count, bytes)
  return { bytes, records: options.count, seconds: (performance.now() - started) / 1000 }
}
