/**
 * The bytes of an export as a stream of chunks, never the whole file in memory: a file, the
 * content of a gzip file, and a look at the first bytes that leaves the stream whole. Failures
 * of the file or of the compressed data are errors that name the file in plain words.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

import { HEAD_BYTES } from './exportKind'

/** The first bytes of a stream, the stream again from its start, and how to let it go unread. */
export type Peeked = { chunks: AsyncIterable<Buffer>; close: () => Promise<void>; head: Buffer }

/** Reads up to `bytes` of a stream's first bytes; `chunks` then gives the whole stream, those bytes first. */
export async function peek(source: AsyncIterable<Buffer>, bytes = HEAD_BYTES): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]()
  const seen: Buffer[] = []
  let length = 0
  let done = false
  while (length < bytes) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    seen.push(next.value)
    length += next.value.length
  }
  async function* chunks() {
    yield* seen
    if (done) return
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value
  }
  return { chunks: chunks(), close: async () => void (await iterator.return?.()), head: Buffer.concat(seen).subarray(0, bytes) }
}

/** Checks that `file` is a file that can be read; throws an error a librarian can act on when it is not. */
export async function checkFile(file: string): Promise<void> {
  let stats: Awaited<ReturnType<typeof stat>>
  try {
    stats = await stat(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new Error(`${file}: no such file (looked for ${path.resolve(file)})`)
    if (code === 'EACCES') throw new Error(`${file} cannot be read: permission denied`)
    throw new Error(`${file} cannot be read: ${(error as Error).message}`)
  }
  if (stats.isDirectory()) throw new Error(`${file} is a folder, not an export file: name the export files in it (e.g. ${path.join(file, '*.mrc')})`)
  if (!stats.isFile()) throw new Error(`${file} is not a regular file`)
}

/** Turns a read or decompression error into one that names the file and what went wrong. */
async function* plainErrors(chunks: AsyncIterable<Buffer>, file: string, what: string): AsyncGenerator<Buffer> {
  let bytes = 0
  try {
    for await (const chunk of chunks) {
      bytes += chunk.length
      yield chunk
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES') throw new Error(`${file} cannot be read: permission denied`, { cause: error })
    if (code?.startsWith('Z_') || code === 'ERR_INVALID_ARG_TYPE') {
      throw new Error(`${file}: ${what} is damaged or cut short after ${bytes.toLocaleString('en')} bytes (${(error as Error).message}); the file may not have been copied whole`, { cause: error })
    }
    throw new Error(`${file} cannot be read after ${bytes.toLocaleString('en')} bytes: ${(error as Error).message}`, { cause: error })
  }
}

/** The bytes of a file. */
export const fileChunks = (file: string): AsyncIterable<Buffer> => plainErrors(createReadStream(file) as AsyncIterable<Buffer>, file, 'the file')

/** The uncompressed bytes of a gzip stream (several members one after the other read as one). */
export function gunzipChunks(compressed: AsyncIterable<Buffer>, file: string): AsyncIterable<Buffer> {
  const gunzip = createGunzip()
  pipeline(compressed, gunzip).catch(() => undefined) // the error reaches the reader through gunzip
  return plainErrors(gunzip as AsyncIterable<Buffer>, file, 'the gzip data')
}

/**
 * How far a compressed export may expand: this many times its compressed size, or
 * EXPANSION_FLOOR bytes, whichever is more. Exports compress 4 to 15 times (MARCXML the most);
 * a zip bomb, thousands of times, and would fill the disk with the records read from it.
 */
export const MAX_EXPANSION = 100
export const EXPANSION_FLOOR = 100_000_000

/** How many bytes an archive (or a file in one) of `compressedBytes` may expand to. */
export const expansionLimit = (compressedBytes: number) => Math.max(MAX_EXPANSION * compressedBytes, EXPANSION_FLOOR)

/** The uncompressed bytes of an archive, stopped with a plain error once they pass `limit` (expansionLimit). */
export async function* boundedExpansion(chunks: AsyncIterable<Buffer>, name: string, limit: number): AsyncIterable<Buffer> {
  let bytes = 0
  for await (const chunk of chunks) {
    bytes += chunk.length
    if (bytes > limit) {
      throw new Error(
        `${name} expands to more than ${limit.toLocaleString('en')} bytes, over ${MAX_EXPANSION} times its compressed size: ` +
          'no export compresses that well, so this looks like a zip bomb; nothing of it was imported and the catalog was left as it was. Export the file again, or import it uncompressed',
      )
    }
    yield chunk
  }
}
