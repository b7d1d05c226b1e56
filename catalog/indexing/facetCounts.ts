/**
 * Facet counts of any set of records, from each record's facet values in typed arrays: counting
 * is most of the work of writing the heads of words found in most records.
 */
import type { FacetCounts } from '../search/format'

/**
 * Each record's facet values, by record number (-1 for none); years from `firstYear`, branches
 * of record `r` at `branches[branchStart[r]]` up to `branches[branchStart[r + 1]]`. Plain data,
 * so that worker threads can have it too.
 */
export type RecordFacets = {
  branchStart: Uint32Array
  branches: Uint32Array
  class: Int32Array
  firstYear: number
  language: Int32Array
  /** How many values each facet has (years: from the first to the last). */
  sizes: { branch: number; class: number; language: number; year: number }
  year: Int32Array
}

/** Counts the facets of the records given by number, reusing its tallies from one call to the next. */
export function facetCounter(facets: RecordFacets): (docs: ArrayLike<number>) => FacetCounts {
  const tallies = {
    branch: new Int32Array(facets.sizes.branch),
    class: new Int32Array(facets.sizes.class),
    language: new Int32Array(facets.sizes.language),
    year: new Int32Array(facets.sizes.year),
  }
  const { branchStart, branches } = facets
  const pairs = (tally: Int32Array, base = 0) => {
    const found: [number, number][] = []
    for (let n = 0; n < tally.length; n += 1) if (tally[n]! > 0) found.push([n + base, tally[n]!])
    tally.fill(0)
    return found
  }
  return (docs) => {
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i]!
      const docClass = facets.class[doc]!
      const language = facets.language[doc]!
      const year = facets.year[doc]!
      if (docClass >= 0) tallies.class[docClass]! += 1
      if (language >= 0) tallies.language[language]! += 1
      if (year >= 0) tallies.year[year]! += 1
      for (let b = branchStart[doc]!; b < branchStart[doc + 1]!; b += 1) tallies.branch[branches[b]!]! += 1
    }
    return { branch: pairs(tallies.branch), class: pairs(tallies.class), language: pairs(tallies.language), year: pairs(tallies.year, facets.firstYear) }
  }
}
