import { constants, crc32, deflateRawSync } from 'node:zlib'

/**
 * A gzip file (RFC 1952) put together from pieces, most of them compressed once for many files:
 * a deflate stream (RFC 1951) may be cut where the compressor was fully flushed, which ends its
 * output on a byte boundary with nothing after it referring back, so pieces compressed apart,
 * each ended by a full flush, follow one another as one stream. A record page is 9 KB of the
 * site's layout, the same on every page, and 3 KB of its own: only those are compressed per page.
 */
/** A piece: its text as deflate blocks (`data`) and as it is (`raw`), which the file's CRC-32 runs over. */
export type Piece = { data: Buffer; raw: Buffer }

/** A piece compressed, ended by a full flush: for the parts every file shares, and for a file's own large part. */
export function compressedPiece(text: string, level = 9): Piece {
  const raw = Buffer.from(text)
  return { data: deflateRawSync(raw, { finishFlush: constants.Z_FULL_FLUSH, level }), raw }
}

/** The largest stored block deflate has. */
const STORED_MAX = 0xffff

/** A piece kept as it is, in stored blocks: for short texts, which compressing would hardly shorten at a higher cost. */
export function storedPiece(text: string): Piece {
  const raw = Buffer.from(text)
  const blocks: Buffer[] = []
  for (let at = 0; at < raw.length; at += STORED_MAX) {
    const chunk = raw.subarray(at, at + STORED_MAX)
    // BFINAL 0, BTYPE 00, the rest of the byte empty: a stream cut at a full flush is on a byte boundary.
    const header = Buffer.from([0, chunk.length & 0xff, chunk.length >> 8, ~chunk.length & 0xff, (~chunk.length >> 8) & 0xff])
    blocks.push(header, chunk)
  }
  return { data: Buffer.concat(blocks), raw }
}

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
/** An empty stored block with BFINAL set: the end of the stream. */
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff])

/** The gzip file of the pieces in order: any gzip reader unpacks it to their texts one after the other. */
export function gzipOf(pieces: Piece[]): Buffer {
  let crc = 0
  let length = 0
  for (const { raw } of pieces) {
    crc = crc32(raw, crc)
    length += raw.length
  }
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(length >>> 0, 4)
  return Buffer.concat([HEADER, ...pieces.map((piece) => piece.data), LAST_BLOCK, trailer])
}
