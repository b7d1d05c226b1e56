const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB']

/** A size for people: `812 bytes`, `2.4 MB` (powers of 1000, as file managers show them). */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${UNITS[unit]}`
}
