/**
 * A record (or part of one) without the optional keys that have no value, its keys in
 * alphabetical order, so that records compare and serialise the same however they were built.
 */
export function compact<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined)
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))) as T
}

/** A part of a record, compacted, or `undefined` when nothing is left of it. */
export function compactPart<T extends object>(value: T): T | undefined {
  const part = compact(value)
  return Object.keys(part).length > 0 ? part : undefined
}

/** A list, or `undefined` when it is empty: a record leaves out what it has none of. */
export const nonEmptyList = <T>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined)
