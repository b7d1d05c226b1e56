/** Records per record-data file: a record page loads one of these. */
export const RECORDS_PER_BUCKET = 250

/** The record-data file a record id lives in (FNV-1a hash of the id). Pure: the site's record page uses it too. */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
  return hash % buckets
}
