/**
 * The display data of each record read while an index is written, until its slot can be: a
 * slot names its branches and language by their place in value lists known only once every
 * record is read. Kept as UTF-8 JSON in one growing buffer, not as objects: a catalog of
 * hundreds of thousands of records would otherwise fill the heap with them, and the heap's
 * slack would grow with it.
 */
import { ByteWriter, SLOT_AUTHORS, type Slot } from '../search/format'
import { grown } from '../typedArrays'

export type SlotDraft = Omit<Slot, 'b' | 'l'>

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export class SlotDrafts {
  private bytes = new ByteWriter()
  /** Draft `n` is `bytes[start[n]]` up to `bytes[start[n + 1]]`. */
  private start = new Uint32Array(1 << 12)
  size = 0

  /** Adds a record's draft: of its authors, those a slot shows. */
  add(draft: SlotDraft): void {
    if (this.size + 2 > this.start.length) this.start = grown(this.start, this.start.length * 2)
    this.bytes.append(encoder.encode(JSON.stringify({ ...draft, a: draft.a.slice(0, SLOT_AUTHORS) })))
    this.size += 1
    this.start[this.size] = this.bytes.length
  }

  /** Lets the drafts go, once every slot is written. */
  clear(): void {
    this.bytes = new ByteWriter()
    this.start = new Uint32Array(1)
    this.size = 0
  }

  /**
   * Draft `n` completed with the record's branches and language (-1 for none): the slot's JSON as
   * JSON.stringify writes `{ ...draft, b, l }`, put together without parsing the draft.
   */
  slotJson(n: number, branches: number[], language: number): string {
    const draft = decoder.decode(this.bytes.view().subarray(this.start[n], this.start[n + 1]))
    return `${draft.slice(0, -1)},"b":[${branches.join(',')}]${language >= 0 ? `,"l":${language}` : ''}}`
  }
}
