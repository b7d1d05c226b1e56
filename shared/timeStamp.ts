/**
 * The one way a moment is written into a file or folder name: site releases, catalog builds,
 * backup archives and the data a restore moves aside. Milliseconds are kept because builds and
 * releases started within the same second still need names of their own.
 */

/** A moment as a file or folder name, sortable as text: `2026-12-01T08-00-05-123Z` (UTC). */
export const timeStamp = (date = new Date()): string => date.toISOString().replace(/[:.]/g, '-')

/** The moment a `timeStamp` name stands for. */
export function stampTime(name: string): Date {
  const [day, time] = name.split('T')
  const [hours, minutes, seconds, millis] = (time ?? '').replace(/Z$/, '').split('-')
  return new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
}
