/**
 * The static rank order that numbers an index's records (docs/catalog-index.md): newest first,
 * then by class, language and copies held (more first), then by id. Classes and languages are
 * compared as text, no value before any: the order of the sorted value lists of a full build,
 * whatever order a delta's value lists (which append new values) have.
 */

/** What places a record in the static rank order, and the facts the reader counts it by. */
export type RankKey = { branches: string[]; clcClass?: string; copies: number; id: string; language?: string; year: number }

const compareText = (a: string | undefined, b: string | undefined) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1)

export function compareRank(a: RankKey, b: RankKey): number {
  return b.year - a.year || compareText(a.clcClass, b.clcClass) || compareText(a.language, b.language) || b.copies - a.copies || compareText(a.id, b.id)
}

/** How many of `ranked` (in static rank order) come before `key`. */
export function placeIn(ranked: RankKey[], key: RankKey): number {
  let low = 0
  let high = ranked.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareRank(ranked[middle]!, key) < 0) low = middle + 1
    else high = middle
  }
  return low
}
