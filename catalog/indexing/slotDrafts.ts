/**
 * The display data of each record read while an index is written, until its slot can be: a
 * slot names its branches and language by their place in value lists known only once every
 * record is read. Kept as UTF-8 JSON in one growing buffer, not as objects: a catalog of
 * hundreds of thousands of records would otherwise fill the heap with them, and the heap's
 * slack would grow with it.
 */
import type { Slot } from '../search/format'
import { grown } from './termTable'

export type SlotDraft = Omit<Slot, 'b' | 'l'>

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export class SlotDrafts {
  private bytes = new Uint8Array(1 << 20)
  /** Draft `n` is `bytes[start[n]]` up to `bytes[start[n + 1]]`. */
  private start = new Uint32Array(1 << 12)
  size = 0

  add(draft: SlotDraft): void {
    const json = JSON.stringify(draft)
    const from = this.start[this.size]!
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (from + json.length * 3 > this.bytes.length) this.bytes = grown(this.bytes, Math.max(this.bytes.length * 2, from + json.length * 3))
    if (this.size + 2 > this.start.length) this.start = grown(this.start, this.start.length * 2)
    const { written } = encoder.encodeInto(json, this.bytes.subarray(from))
    this.size += 1
    this.start[this.size] = from + written
  }

  /** Lets the drafts go, once every slot is written. */
  clear(): void {
    this.bytes = new Uint8Array(0)
    this.start = new Uint32Array(1)
    this.size = 0
  }

  get(n: number): SlotDraft {
    return JSON.parse(decoder.decode(this.bytes.subarray(this.start[n], this.start[n + 1]))) as SlotDraft
  }
}
