/**
 * The records that have both terms of each pair of common terms. Intersecting two common words in
 * the browser means reading both their postings, tens of kilobytes each in a large catalog; the
 * index gives such a pair a head of its own (its counts and first results), like a common word's.
 */
import { pairTier, TIER_WEIGHTS } from '../search/format'

/** The most terms paired: pairs grow as the square of it, and so does the index. */
export const MOST_PAIRED_TERMS = 128
/** A term is paired when found in at least this share of the records, and in more than `TOP_FROM`. */
const PAIRED_SHARE = 1 / 32

/** A pair's records, each `record × 16 + score`, the score being the sum of both terms' tier weights. */
export type TermPair = { first: number; second: number; values: Uint32Array }

/**
 * The least number of records a term must be found in to be paired, for a catalog whose terms
 * are found in `counts` records: at most MOST_PAIRED_TERMS terms reach it.
 */
export function pairedFrom(counts: ArrayLike<number>, typed: (term: number) => boolean, records: number, topFrom: number): number {
  const from = Math.max(topFrom + 1, Math.ceil(records * PAIRED_SHARE))
  const reaching: number[] = []
  for (let term = 0; term < counts.length; term += 1) if (counts[term]! >= from && typed(term)) reaching.push(counts[term]!)
  if (reaching.length <= MOST_PAIRED_TERMS) return from
  reaching.sort((a, b) => b - a)
  // Every term found in as many records as the last one paired is paired, or none is.
  return reaching[MOST_PAIRED_TERMS]! + 1
}

/**
 * Every pair of the terms `paired` (term numbers) that some record has both of, with those
 * records in record-number order, the pairs of each term with the terms after it together. A
 * pair's `values` are valid until the next pair is asked for: all pairs at once would hold tens
 * of millions of records in a large catalog. `postings(term)` lists a term's records as
 * `record × 4 + tier`, in record-number order.
 */
export function* termPairs(paired: number[], postings: (term: number) => Uint32Array, records: number): Generator<TermPair> {
  const k = paired.length
  // Each record's paired terms (index into `paired` × 4 + tier), by record, in index order: a counting sort.
  const start = new Uint32Array(records + 1)
  for (const term of paired) for (const value of postings(term)) start[(value >>> 2) + 1]! += 1
  for (let record = 0; record < records; record += 1) start[record + 1]! += start[record]!
  const next = start.slice(0, records)
  const byRecord = new Uint32Array(start[records]!)
  paired.forEach((term, index) => {
    for (const value of postings(term)) byRecord[next[value >>> 2]!++] = index * 4 + (value & 3)
  })

  const counts = new Uint32Array(k)
  const offsets = new Uint32Array(k + 1)
  let values = new Uint32Array(1 << 16)
  for (let a = 0; a < k; a += 1) {
    // The records of term `a`, with each term after it they have.
    const recordsOfA = postings(paired[a]!)
    const forEachLater = (visit: (b: number, record: number, score: number) => void) => {
      for (const value of recordsOfA) {
        const record = value >>> 2
        const weight = TIER_WEIGHTS[value & 3]!
        for (let i = start[record]!; i < start[record + 1]!; i += 1) {
          const b = byRecord[i]! >>> 2
          if (b > a) visit(b, record, weight + TIER_WEIGHTS[byRecord[i]! & 3]!)
        }
      }
    }
    counts.fill(0)
    forEachLater((b) => (counts[b]! += 1))
    for (let b = 0; b < k; b += 1) offsets[b + 1] = offsets[b]! + counts[b]!
    if (values.length < offsets[k]!) values = new Uint32Array(offsets[k]!)
    const filled = offsets.slice(0, k)
    forEachLater((b, record, score) => (values[filled[b]!++] = record * 16 + score))
    for (let b = a + 1; b < k; b += 1) {
      if (counts[b] === 0) continue
      yield { first: paired[a]!, second: paired[b]!, values: values.subarray(offsets[b], offsets[b + 1]) }
    }
  }
}

/**
 * A pair's records best first: by score, then in record-number order (the static rank). Each
 * with 8 less its score (`tiers`), which orders a pair's first results as a tier orders a term's.
 */
export function rankedRecords(pair: TermPair): { docs: Uint32Array; tiers: Uint8Array } {
  // A counting sort by score: scores run from 2 to 8.
  const next = new Uint32Array(9)
  for (const value of pair.values) next[value & 15]! += 1
  let at = 0
  for (let score = 8; score >= 2; score -= 1) [next[score], at] = [at, at + next[score]!]
  const docs = new Uint32Array(pair.values.length)
  const tiers = new Uint8Array(pair.values.length)
  for (const value of pair.values) {
    const place = next[value & 15]!++
    docs[place] = value >>> 4
    tiers[place] = pairTier(value & 15)
  }
  return { docs, tiers }
}
