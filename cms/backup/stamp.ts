/** A moment as it appears in file and folder names: `2026-12-01T21-04-53Z` (UTC, sortable, no colons). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-')
}
