import type { CatalogRecord } from '../contract'

export type Holding = CatalogRecord['holdings'][number]

/** Adds up copies per branch, in the order the branches first appear. */
export function sumHoldings(holdings: Holding[]): Holding[] {
  const copies = new Map<string, number>()
  for (const { branch, copies: count } of holdings) copies.set(branch, (copies.get(branch) ?? 0) + count)
  return [...copies].map(([branch, count]) => ({ branch, copies: count }))
}
