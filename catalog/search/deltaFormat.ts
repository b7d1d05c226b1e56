/**
 * The delta of a catalog index (docs/catalog-index.md): what an incremental import writes beside
 * the base index instead of rewriting it. Two segments in the index format — `added`, the
 * records new or changed since the base, numbered after the base's records; `removed`, the
 * base's versions of the records changed or gone since, under their base numbers — and the facts
 * file: where each added record stands in the base's order, and the facet values of every
 * record of both segments.
 */
import { readTag, tagBytes } from './format'

// The manifest's part is in format.ts with the rest of the manifest.
export type { DeltaManifest, SegmentManifest } from './format'

/** The facet values of records, one array a facet, in the order of the records (value indexes, -1 for none; years, -1 for none). */
export type DocFacts = { branch: number[][]; class: number[]; language: number[]; year: number[] }

export type DeltaFacts = {
  /** The added records, in their number order; `place`: how many base records precede each in the static rank order. */
  added: DocFacts & { place: number[] }
  /** The base records gone (changed or removed), by base number, ascending. */
  removed: DocFacts & { doc: number[] }
}

/** The facts file's content before it is deflated: the added segment's tag, then JSON. */
export function encodeDeltaFacts(facts: DeltaFacts, tag: number): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(facts))
  const bytes = new Uint8Array(json.length + 4)
  bytes.set(tagBytes(tag))
  bytes.set(json, 4)
  return bytes
}

export function decodeDeltaFacts(bytes: Uint8Array): { facts: DeltaFacts; tag: number } {
  return { facts: JSON.parse(new TextDecoder().decode(bytes.subarray(4))) as DeltaFacts, tag: readTag(bytes) }
}
