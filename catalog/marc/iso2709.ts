/**
 * Streams the records of an ISO 2709 file (a "MARC export", .mrc/.iso/.dat): frames them on
 * the record terminator, keeps each one's number and byte offset, and hands each to
 * {@link parseIso2709Record}. A refused record does not stop the reading.
 */
import { createReadStream } from 'node:fs'

import { parseIso2709Record } from './iso2709Record'
import type { MarcEncoding, ReadResult } from './types'

const RECORD_TERMINATOR = 0x1d
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * Above this a "record" is taken for a file that is not ISO 2709 at all, and its bytes are no
 * longer kept: the largest record ISO 2709 can describe is 99,999 bytes.
 */
const MAX_RECORD_BYTES = 1024 * 1024

/** Line ends, blanks and NULs that some systems put between or after records. */
const isPadding = (byte: number) => byte === 0x0a || byte === 0x0d || byte === 0x20 || byte === 0x00

/**
 * Reads the records of an ISO 2709 file one by one, without loading the file: `file` itself, or
 * the bytes of `chunks` (an export inside a gzip or zip file); a record may span any number of
 * chunks. Each result carries the record's number (from 1) and the
 * byte offset of its leader. `encoding` is the text's encoding; `auto` (the default) decides
 * per record, see `recordEncoding` in textEncoding.ts. A file that ends inside a record
 * yields that record as refused.
 */
export async function* readIso2709(file: string, options: { chunks?: AsyncIterable<Buffer>; encoding?: MarcEncoding } = {}): AsyncGenerator<ReadResult> {
  const encoding = options.encoding ?? 'auto'
  let recordNumber = 0
  let recordStart = 0 // file offset of the current record's first byte
  let pieces: Buffer[] = [] // bytes of the current record read so far, from earlier chunks
  let pieceBytes = 0
  let tooLong = false
  let chunkStart = 0 // file offset of the current chunk

  const position = () => ({ byteOffset: recordStart, file, recordNumber })

  for await (const chunk of options.chunks ?? (createReadStream(file) as AsyncIterable<Buffer>)) {
    // A byte-order mark some tools put before the first record is not part of it.
    let at = chunkStart === 0 && chunk.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0
    while (at < chunk.length) {
      if (pieceBytes === 0 && !tooLong) {
        while (at < chunk.length && isPadding(chunk[at] ?? 0)) at++
        if (at === chunk.length) break
        recordStart = chunkStart + at
      }
      const end = chunk.indexOf(RECORD_TERMINATOR, at)
      if (end === -1) {
        if (!tooLong) pieces.push(chunk.subarray(at))
        pieceBytes += chunk.length - at
        if (pieceBytes > MAX_RECORD_BYTES && !tooLong) {
          tooLong = true
          pieces = []
        }
        break
      }
      recordNumber++
      const tail = chunk.subarray(at, end + 1)
      if (tooLong) {
        const length = pieceBytes + tail.length
        yield { ok: false, position: position(), reason: `no record terminator in ${length.toLocaleString('en')} bytes: this part of the file is not an ISO 2709 record` }
      } else {
        yield { ...parseIso2709Record(pieceBytes === 0 ? tail : Buffer.concat([...pieces, tail]), encoding), position: position() }
      }
      pieces = []
      pieceBytes = 0
      tooLong = false
      at = end + 1
    }
    chunkStart += chunk.length
  }
  if (pieceBytes > 0) {
    recordNumber++
    yield { ok: false, position: position(), reason: `the file ends in the middle of a record: its last ${pieceBytes.toLocaleString('en')} bytes have no record terminator` }
  }
}
