import { createHash } from 'node:crypto'
import fs from 'node:fs'

/** A file of a backup as its manifest lists it: the path inside the archive, its size and its SHA-256. */
export type FileDigest = { path: string; bytes: number; sha256: string }

/** Reads a file once and returns its size and SHA-256 (hex), under the name `entryPath`. */
export async function digestFile(file: string, entryPath: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    bytes += chunk.length
    hash.update(chunk)
  }
  return { bytes, path: entryPath, sha256: hash.digest('hex') }
}
