/**
 * The delta of an index as the reader uses it, once its facts file is read: which base records
 * are gone, the facet values of the records of both segments, and the order of base and added
 * records together — the order a full rebuild would number them in.
 */
import type { DeltaFacts } from './deltaFormat'

/** A record's facet values: value indexes (-1 for none) and its year (-1 for none). */
export type RecordFacts = { branch: number[]; class: number; language: number; year: number }

export class DeltaView {
  private readonly removedAt: Map<number, number>

  constructor(
    private readonly facts: DeltaFacts,
    readonly baseRecords: number,
  ) {
    this.removedAt = new Map(facts.removed.doc.map((doc, n) => [doc, n]))
  }

  get addedRecords(): number {
    return this.facts.added.place.length
  }

  /** The base records gone, ascending. */
  get removedDocs(): number[] {
    return this.facts.removed.doc
  }

  /** A term's records in the base (ascending) without those gone, then `added` (the term's added records, ascending). */
  current(base: Uint32Array, added: Uint32Array): Uint32Array {
    const removed = this.facts.removed.doc
    const kept = new Uint32Array(base.length + added.length)
    let length = 0
    let gone = 0
    for (const doc of base) {
      while (gone < removed.length && removed[gone]! < doc) gone += 1
      if (removed[gone] !== doc) kept[length++] = doc
    }
    kept.set(added, length)
    return kept.subarray(0, length + added.length)
  }

  isRemoved(doc: number): boolean {
    return this.removedAt.has(doc)
  }

  /** The facet values of an added record, or of a removed one (as the base has it). */
  factsOf(doc: number): RecordFacts {
    const n = doc >= this.baseRecords ? doc - this.baseRecords : this.removedAt.get(doc)
    if (n === undefined) throw new RangeError(`Record ${doc} is neither added nor removed by the catalog's delta`)
    const of = doc >= this.baseRecords ? this.facts.added : this.facts.removed
    return { branch: of.branch[n]!, class: of.class[n]!, language: of.language[n]!, year: of.year[n]! }
  }

  /**
   * A number that orders records as a full rebuild would: base record `d` comes after the added
   * records placed before it, added record `k` after the `place` base records that precede it.
   * Removed records keep their place: they are never among the records ordered.
   */
  rank(doc: number): number {
    const { place } = this.facts.added
    if (doc >= this.baseRecords) return place[doc - this.baseRecords]! + doc - this.baseRecords
    let low = 0
    let high = place.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (place[middle]! <= doc) low = middle + 1
      else high = middle
    }
    return doc + low
  }
}
