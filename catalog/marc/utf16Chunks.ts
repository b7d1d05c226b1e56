import { INVALID_BYTE } from './utf8Chunks'

const LONE_SURROGATE = /\p{Cs}/u

/**
 * Decodes a stream's chunks as UTF-16 (little- or big-endian), strictly: a character split
 * between two chunks is joined, and a lone surrogate becomes {@link INVALID_BYTE}, one code
 * unit for one, so that a text's length times two is still its length in bytes.
 */
export class Utf16Chunks {
  private carry: Buffer = Buffer.alloc(0)
  /** Whether any code unit so far was not UTF-16: until then, the text holds no {@link INVALID_BYTE} to look for. */
  sawInvalid = false

  constructor(private readonly bigEndian: boolean) {}

  /** The text of this chunk; pass `final` with the last one (an empty chunk will do). */
  decode(chunk: Buffer, final = false): string {
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk])
    let end = bytes.length & ~1
    const last = end >= 2 ? (this.bigEndian ? bytes.readUInt16BE(end - 2) : bytes.readUInt16LE(end - 2)) : 0
    if (!final && last >= 0xd800 && last <= 0xdbff) end -= 2
    this.carry = final ? Buffer.alloc(0) : Buffer.from(bytes.subarray(end))
    const units = this.bigEndian ? Buffer.from(bytes.subarray(0, end)).swap16() : bytes.subarray(0, end)
    let text = units.toString('utf16le')
    if (final && bytes.length > end) text += INVALID_BYTE
    if (!LONE_SURROGATE.test(text)) return text
    this.sawInvalid = true
    return text.replace(/\p{Cs}/gu, INVALID_BYTE)
  }
}
