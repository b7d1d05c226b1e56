import fs from 'node:fs'
import path from 'node:path'

import type { RangeSource } from '../search/reader'

/** Reads the catalog index's files from a folder on disk, as the browser reads them over HTTP: for tests and benchmarks. */
export function diskSource(dir: string): RangeSource {
  return async (file, start, end) => {
    const handle = await fs.promises.open(path.join(dir, file))
    try {
      const bytes = Buffer.alloc(end - start)
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, start)
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytesRead)
    } finally {
      await handle.close()
    }
  }
}
