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
 * records in record-number order. `postings(term)` lists a term's records as `record × 4 + tier`,
 * in record-number order.
 */
export function termPairs(paired: number[], postings: (term: number) => Uint32Array, records: number): TermPair[] {
  const k = paired.length
  // Each record's paired terms (index into `paired` × 4 + tier), by record: a counting sort.
  const start = new Uint32Array(records + 1)
  for (const term of paired) for (const value of postings(term)) start[(value >>> 2) + 1]! += 1
  for (let record = 0; record < records; record += 1) start[record + 1]! += start[record]!
  const next = start.slice(0, records)
  const byRecord = new Uint32Array(start[records]!)
  paired.forEach((term, index) => {
    for (const value of postings(term)) byRecord[next[value >>> 2]!++] = index * 4 + (value & 3)
  })

  const forEachPair = (visit: (pair: number, record: number, score: number) => void) => {
    for (let record = 0; record < records; record += 1) {
      for (let i = start[record]!; i < start[record + 1]!; i += 1) {
        const a = byRecord[i]!
        for (let j = i + 1; j < start[record + 1]!; j += 1) {
          const b = byRecord[j]!
          visit((a >>> 2) * k + (b >>> 2), record, TIER_WEIGHTS[a & 3]! + TIER_WEIGHTS[b & 3]!)
        }
      }
    }
  }
  const counts = new Uint32Array(k * k)
  forEachPair((pair) => (counts[pair]! += 1))
  const offsets = new Uint32Array(k * k + 1)
  for (let pair = 0; pair < k * k; pair += 1) offsets[pair + 1] = offsets[pair]! + counts[pair]!
  const values = new Uint32Array(offsets[k * k]!)
  const filled = offsets.slice(0, k * k)
  forEachPair((pair, record, score) => (values[filled[pair]!++] = record * 16 + score))

  const pairs: TermPair[] = []
  for (let pair = 0; pair < k * k; pair += 1) {
    if (counts[pair] === 0) continue
    pairs.push({ first: paired[Math.floor(pair / k)]!, second: paired[pair % k]!, values: values.subarray(offsets[pair], offsets[pair + 1]) })
  }
  return pairs
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
