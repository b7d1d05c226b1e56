/**
 * Heads of a base index made right for the catalog as its delta leaves it: a head counts the
 * base's records and names the base's first ten, some of which may be gone, and knows nothing of
 * the records added since. Generic over heads: it takes a head and the records of the delta that
 * match what the head is for (a term's, or any other kind's).
 */
import type { DeltaView, RecordFacts } from './deltaView'
import { type FacetCounts, type Head, PAGE_SIZE, type Postings, type Slot } from './format'

/** One of the first results: its record, the tier it matches in, and its display data when known. */
export type TopHit = { doc: number; slot?: Slot; tier: number }

/** What a head says, for the catalog as it is now. */
export type CurrentHead = { counts: FacetCounts; n: number; top?: TopHit[] }

/** Facet counts less the records `removed` and plus the records `added`, each given by its facet values. */
export function correctCounts(counts: FacetCounts, removed: RecordFacts[], added: RecordFacts[]): FacetCounts {
  const tallies = {
    branch: new Map(counts.branch),
    class: new Map(counts.class),
    language: new Map(counts.language),
    year: new Map(counts.year),
  }
  const count = (records: RecordFacts[], step: number) => {
    const bump = (tally: Map<number, number>, key: number) => key >= 0 && tally.set(key, (tally.get(key) ?? 0) + step)
    for (const facts of records) {
      for (const branch of facts.branch) bump(tallies.branch, branch)
      bump(tallies.class, facts.class)
      bump(tallies.language, facts.language)
      bump(tallies.year, facts.year)
    }
  }
  count(removed, -1)
  count(added, 1)
  const pairs = (tally: Map<number, number>): [number, number][] => [...tally].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0])
  return { branch: pairs(tallies.branch), class: pairs(tallies.class), language: pairs(tallies.language), year: pairs(tallies.year) }
}

/** The order of a head's first results: by tier, then as a full rebuild numbers records. */
export const byTierAndRank = (delta: DeltaView) => (a: TopHit, b: TopHit) => a.tier - b.tier || delta.rank(a.doc) - delta.rank(b.doc)

/**
 * A head with its delta: `removed`, the base records gone that it counted; `added`, the added
 * records that match. Where records of the head's first page are gone, the removed segment's head
 * has the base's first page left (survivingTops.ts), to be given as the head's `top`. Without it,
 * the first page is undefined when records the head does not name (those after its first ten)
 * could come before the added ones left: the caller then reads the postings.
 */
export function correctHead(head: Head, removed: ArrayLike<number>, added: TopHit[], delta: DeltaView): CurrentHead {
  const factsOf = (doc: number) => delta.factsOf(doc)
  const corrected: CurrentHead = { counts: correctCounts(head.counts, Array.from(removed, factsOf), added.map((hit) => factsOf(hit.doc))), n: head.n - removed.length + added.length }
  if (!head.top) return corrected
  const order = byTierAndRank(delta)
  const last = head.top.at(-1)!
  const known = [...head.top.filter((hit) => !delta.isRemoved(hit.doc)), ...added].sort(order)
  // Base records after the head's last one are unknown: only what comes before it is sure.
  const sure = head.top.length < PAGE_SIZE ? known : known.filter((hit) => order(hit, last) < 0 || hit.doc === last.doc)
  if (sure.length >= PAGE_SIZE || sure.length === corrected.n) corrected.top = sure.slice(0, PAGE_SIZE)
  return corrected
}

/**
 * The first page of a term's records (as DeltaView.current gives them: in each tier the base's,
 * then the added ones), by tier and rank: each tier's two runs merged only as far as needed.
 */
export function firstResults(postings: Postings, delta: DeltaView): TopHit[] {
  const first: TopHit[] = []
  postings.forEach((docs, tier) => {
    let added = docs.findIndex((doc) => doc >= delta.baseRecords)
    if (added < 0) added = docs.length
    const baseEnd = added
    let base = 0
    while (first.length < PAGE_SIZE && (base < baseEnd || added < docs.length)) {
      const takeBase = added >= docs.length || (base < baseEnd && delta.rank(docs[base]!) < delta.rank(docs[added]!))
      first.push({ doc: takeBase ? docs[base++]! : docs[added++]!, tier })
    }
  })
  return first
}
