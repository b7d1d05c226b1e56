/**
 * Collects the postings of an index being written: each term gets a number, and each posting
 * (term number, record number × 4 + tier) goes into chunks of typed arrays, not into a JS array a
 * term. A catalog of 750,000 records has tens of millions of postings: as JS arrays they would
 * cost several times the memory, and the garbage collector's time with it.
 */
const CHUNK = 1 << 20

export class PostingsCollector {
  private numbers: Map<string, number> | undefined = new Map()
  readonly terms: string[] = []
  private termChunks: Uint32Array[] = []
  private valueChunks: Uint32Array[] = []
  private length = 0

  add(term: string, value: number): void {
    const numbers = this.numbers!
    let number = numbers.get(term)
    if (number === undefined) {
      number = this.terms.length
      numbers.set(term, number)
      this.terms.push(term)
    }
    const at = this.length % CHUNK
    if (at === 0) {
      this.termChunks.push(new Uint32Array(CHUNK))
      this.valueChunks.push(new Uint32Array(CHUNK))
    }
    this.termChunks.at(-1)![at] = number
    this.valueChunks.at(-1)![at] = value
    this.length += 1
  }

  /**
   * The postings grouped by term, each in the order added: term `t`'s are `values[start[t]]`
   * up to `values[start[t + 1]]`. Ends the collection, letting each chunk go once it is copied.
   */
  group(): { start: Uint32Array; values: Uint32Array } {
    this.numbers = undefined
    const start = new Uint32Array(this.terms.length + 1)
    const used = (chunk: number) => Math.min(CHUNK, this.length - chunk * CHUNK)
    this.termChunks.forEach((terms, chunk) => {
      for (let i = 0; i < used(chunk); i += 1) start[terms[i]! + 1]! += 1
    })
    for (let t = 0; t < this.terms.length; t += 1) start[t + 1]! += start[t]!
    const next = start.slice(0, this.terms.length)
    const values = new Uint32Array(this.length)
    for (let chunk = 0; chunk < this.termChunks.length; chunk += 1) {
      const terms = this.termChunks[chunk]!
      const chunkValues = this.valueChunks[chunk]!
      for (let i = 0; i < used(chunk); i += 1) values[next[terms[i]!]!++] = chunkValues[i]!
      this.termChunks[chunk] = new Uint32Array(0)
      this.valueChunks[chunk] = new Uint32Array(0)
    }
    return { start, values }
  }
}
