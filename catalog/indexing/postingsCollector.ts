/**
 * Collects the postings of the records a thread is given: each term gets a number (TermTable),
 * and each posting is its term's number and tier in chunks of typed arrays, each record's
 * postings after one another under its number. A catalog of 750,000 records has tens of millions
 * of postings: as JS arrays a term they would cost several times the memory, and the garbage
 * collector's time with it; four bytes each, they cost little more than the postings written.
 */
import { grown } from '../typedArrays'
import { TermTable } from './termTable'

const CHUNK = 1 << 20

export class PostingsCollector {
  readonly terms = new TermTable()
  /** Each posting: its term's number × 4 + its tier. */
  private chunks: Uint32Array[] = []
  private length = 0
  /** Record `r` added is numbered `numbers[r]`; its postings are from `firstPosting[r]` up to the next record's. */
  private numbers = new Uint32Array(1024)
  private firstPosting = new Uint32Array(1025)
  private records = 0

  /** Starts the postings of the record numbered `number`. */
  startRecord(number: number): void {
    if (this.records === this.numbers.length) {
      this.numbers = grown(this.numbers, this.records * 2)
      this.firstPosting = grown(this.firstPosting, this.records * 2 + 1)
    }
    this.numbers[this.records] = number
    this.firstPosting[this.records] = this.length
    this.records += 1
    this.firstPosting[this.records] = this.length
  }

  /** Adds a posting of the record last started. */
  add(term: string, tier: number): void {
    const at = this.length % CHUNK
    if (at === 0) this.chunks.push(new Uint32Array(CHUNK))
    this.chunks.at(-1)![at] = this.terms.numberOf(term) * 4 + tier
    this.length += 1
    this.firstPosting[this.records] = this.length
  }

  /**
   * The postings grouped by term, each a record number × 4 + tier, in the order the records were
   * added: term `t`'s are `values[start[t]]` up to `values[start[t + 1]]`. Ends the collection,
   * letting each chunk go once it is read.
   */
  group(): { start: Uint32Array; values: Uint32Array } {
    const start = new Uint32Array(this.terms.size + 1)
    for (let at = 0; at < this.length; at += 1) start[(this.chunks[Math.floor(at / CHUNK)]![at % CHUNK]! >>> 2) + 1]! += 1
    for (let t = 0; t < this.terms.size; t += 1) start[t + 1]! += start[t]!
    const next = start.slice(0, this.terms.size)
    const values = new Uint32Array(this.length)
    for (let record = 0; record < this.records; record += 1) {
      const number = this.numbers[record]! * 4
      for (let at = this.firstPosting[record]!; at < this.firstPosting[record + 1]!; at += 1) {
        const posting = this.chunks[Math.floor(at / CHUNK)]![at % CHUNK]!
        values[next[posting >>> 2]!++] = number + (posting & 3)
        // The chunk is read: the heap may have it back.
        if (at % CHUNK === CHUNK - 1) this.chunks[Math.floor(at / CHUNK)] = new Uint32Array(0)
      }
    }
    this.chunks = []
    return { start, values }
  }
}
