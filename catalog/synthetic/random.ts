/** A seeded source of pseudo-random numbers: the same seed gives the same catalog. */
export type Random = {
  /** A number in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with probability `p`. */
  chance: (p: number) => boolean
  /** One item, each as likely. */
  pick: <T>(items: readonly T[]) => T
  /** One item, as likely as its weight. */
  weighted: <T>(items: readonly T[], weight: (item: T) => number) => T
  /** One item of a list in order of frequency, earlier items more likely (Zipf-like, `skew` ≈ 1). */
  ranked: <T>(items: readonly T[], skew?: number) => T
}

/** FNV-1a: turns a seed text into the 32-bit state of the generator. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
export function createRandom(seed: string): Random {
  let state = hash(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list')
    return items[Math.floor(next() * items.length)] as T
  }
  return {
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    next,
    pick,
    ranked: <T>(items: readonly T[], skew = 1): T => {
      // Inverse of the continuous power law on [1, n + 1): rank r has weight ≈ 1 / r^skew.
      const n = items.length
      const u = next()
      const rank = skew === 1 ? Math.exp(u * Math.log(n + 1)) : Math.pow(1 + u * (Math.pow(n + 1, 1 - skew) - 1), 1 / (1 - skew))
      return items[Math.min(n - 1, Math.floor(rank) - 1)] as T
    },
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0)
      let target = next() * total
      for (const item of items) {
        target -= weight(item)
        if (target < 0) return item
      }
      return pick(items)
    },
  }
}
