/**
 * The display data of each record read while an index is written, until its slot can be: a
 * slot names its branches and language by their place in value lists known only once every
 * record is read. Kept as UTF-8 JSON in one growing buffer, not as objects: a catalog of
 * hundreds of thousands of records would otherwise fill the heap with them, and the heap's
 * slack would grow with it.
 */
import { ByteWriter, type Slot } from '../search/format'
import { grown } from '../typedArrays'

export type SlotDraft = Omit<Slot, 'b' | 'l'>

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export class SlotDrafts {
  private bytes = new ByteWriter()
  /** Draft `n` is `bytes[start[n]]` up to `bytes[start[n + 1]]`. */
  private start = new Uint32Array(1 << 12)
  size = 0

  add(draft: SlotDraft): void {
    if (this.size + 2 > this.start.length) this.start = grown(this.start, this.start.length * 2)
    this.bytes.append(encoder.encode(JSON.stringify(draft)))
    this.size += 1
    this.start[this.size] = this.bytes.length
  }

  /** Lets the drafts go, once every slot is written. */
  clear(): void {
    this.bytes = new ByteWriter()
    this.start = new Uint32Array(1)
    this.size = 0
  }

  get(n: number): SlotDraft {
    return JSON.parse(decoder.decode(this.bytes.view().subarray(this.start[n], this.start[n + 1]))) as SlotDraft
  }
}
