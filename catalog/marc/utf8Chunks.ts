import { isUtf8 } from 'node:buffer'

/**
 * Stands for each byte that is not UTF-8. XML forbids U+FFFF, so a well-formed document never
 * holds it, and a reader that meets it knows the bytes there were broken.
 */
export const INVALID_BYTE = '\uffff'

/** Where the bytes stop being complete characters: an unfinished sequence at the end waits for the next chunk. */
function completeLength(bytes: Buffer): number {
  for (let at = bytes.length - 1; at >= Math.max(0, bytes.length - 4); at--) {
    const byte = bytes[at] ?? 0
    if ((byte & 0xc0) === 0x80) continue
    if (byte < 0xc0) return bytes.length
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2
    return bytes.length - at < needed ? at : bytes.length
  }
  return bytes.length
}

/** Decodes bytes that are known to hold invalid UTF-8: valid runs as text, each bad byte as {@link INVALID_BYTE}. */
function decodeMarkingInvalid(bytes: Buffer): string {
  let text = ''
  let run = 0
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at] ?? 0
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 0
    if (length > 0 && isUtf8(bytes.subarray(at, at + length)) && at + length <= bytes.length) {
      at += length
      continue
    }
    text += bytes.toString('utf8', run, at) + INVALID_BYTE
    at++
    run = at
  }
  return text + bytes.toString('utf8', run)
}

/**
 * Decodes a stream's chunks as UTF-8, strictly: a character split between two chunks is
 * joined, and bytes that are not UTF-8 become {@link INVALID_BYTE} instead of a silent U+FFFD.
 */
export class Utf8Chunks {
  private carry: Buffer = Buffer.alloc(0)
  /** Whether any byte so far was not UTF-8: until then, the text holds no {@link INVALID_BYTE} to look for. */
  sawInvalid = false

  /** The text of this chunk; pass `final` with the last one (an empty chunk will do). */
  decode(chunk: Buffer, final = false): string {
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk])
    const end = final ? bytes.length : completeLength(bytes)
    this.carry = Buffer.from(bytes.subarray(end))
    const complete = bytes.subarray(0, end)
    if (isUtf8(complete)) return complete.toString('utf8')
    this.sawInvalid = true
    return decodeMarkingInvalid(complete)
  }
}
