/** Schedules (lectures, the book van): upcoming and past rows, totals and counts. Pure. */

type Dated = { end: string; start: string }

/** Rows not yet over on `today`, soonest first; and rows already over, latest first. */
export function splitSchedule<T extends Dated>(rows: readonly T[], today: string): { past: T[]; upcoming: T[] } {
  const byStart = [...rows].sort((a, b) => a.start.localeCompare(b.start))
  return {
    past: byStart.filter((row) => row.end < today).reverse(),
    upcoming: byStart.filter((row) => row.end >= today),
  }
}

/** The sum of a figure over rows, leaving out rows that have none. */
export const sumOf = <T>(rows: readonly T[], figure: (row: T) => number | null | undefined): number =>
  rows.reduce((total, row) => total + (figure(row) ?? 0), 0)

/** How many rows fall under each key, in the order of `keys`, leaving out keys with no rows. */
export function countBy<T, K extends string>(rows: readonly T[], key: (row: T) => K, keys: readonly K[]): { count: number; key: K }[] {
  return keys.map((k) => ({ count: rows.filter((row) => key(row) === k).length, key: k })).filter(({ count }) => count > 0)
}
