/**
 * The catalog index's file format, shared by its writer (catalog/indexing/) and its reader
 * (reader.ts, in the browser): constants, the hash that places a term, and the codecs of each
 * part. docs/catalog-index.md describes the format as a whole.
 */
import { fnv1a64 } from './fnv1a64'

export const FORMAT_VERSION = 2

/** Results per page, and the most a term's head shows. */
export const PAGE_SIZE = 10
/** Terms found in more records than PAGE_SIZE carry a head with their facet counts. */
export const COUNTS_FROM = PAGE_SIZE
/** Terms found in more records than this carry the first page of results in their head too. */
export const TOP_FROM = 100
/** Bytes of a record's slot: its display data, padded. */
export const SLOT_BYTES = 256
/** The most bytes in one file, so that hosts with a file-size limit (25 MiB) take every file. */
export const PART_BYTES = 24 * 2 ** 20
/** Bytes of a dictionary entry. */
export const ENTRY_BYTES = 24
/**
 * Every bucket, postings list and slot starts or ends with its index's tag (a hash of the
 * records indexed): a file of another import, read with this manifest, is refused, not misread.
 */
export const TAG_BYTES = 4

/** A term's relevance tier in a record, where the record has it: 0 a title, 1 an author, 2 elsewhere. */
export type Tier = 0 | 1 | 2
/** What a term counts for in each tier: a title term more than an author term, an author term more than any other. */
export const TIER_WEIGHTS = [4, 2, 1]
/** A pair of terms' score (the sum of both tier weights) as a rank that orders like a tier: 0 for both in a title. */
export const pairTier = (score: number): number => 2 * TIER_WEIGHTS[0]! - score

/** Where a term is: its dictionary bucket and its fingerprint within it (never 0, which marks an empty entry). */
export function placeTerm(term: string, buckets: number): { bucket: number; fingerprint: number } {
  const { high, low } = fnv1a64(term)
  return { bucket: high % buckets, fingerprint: low || 1 }
}

/** Flags of a dictionary entry. */
export const HAS_HEAD = 1
export const HEAD_DEFLATED = 2
export const POSTINGS_DEFLATED = 4

/** A dictionary entry: where a term's head and postings are. */
export type DictionaryEntry = {
  count: number
  fingerprint: number
  flags: number
  headBytes: number
  offset: number
  part: number
  postingsBytes: number
}

export function writeEntry(view: DataView, at: number, entry: DictionaryEntry): void {
  view.setUint32(at, entry.fingerprint, true)
  view.setUint32(at + 4, entry.count, true)
  view.setUint16(at + 8, entry.part, true)
  view.setUint16(at + 10, entry.flags, true)
  view.setUint32(at + 12, entry.offset, true)
  view.setUint32(at + 16, entry.headBytes, true)
  view.setUint32(at + 20, entry.postingsBytes, true)
}

/** The entry of `fingerprint` in a bucket's bytes, or undefined when the term is not in the index. */
/** Bytes of a bucket of `capacity` entries: the tag, then the entries. */
export const bucketBytes = (capacity: number) => TAG_BYTES + capacity * ENTRY_BYTES

export const readTag = (bytes: Uint8Array, at = 0): number => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true)

export function tagBytes(tag: number): Uint8Array {
  const bytes = new Uint8Array(TAG_BYTES)
  new DataView(bytes.buffer).setUint32(0, tag, true)
  return bytes
}

export function findEntry(bucket: Uint8Array, fingerprint: number): DictionaryEntry | undefined {
  const view = new DataView(bucket.buffer, bucket.byteOffset, bucket.byteLength)
  for (let at = TAG_BYTES; at + ENTRY_BYTES <= bucket.byteLength; at += ENTRY_BYTES) {
    const found = view.getUint32(at, true)
    if (found === 0) return undefined
    if (found !== fingerprint) continue
    return {
      count: view.getUint32(at + 4, true),
      fingerprint,
      flags: view.getUint16(at + 10, true),
      headBytes: view.getUint32(at + 16, true),
      offset: view.getUint32(at + 12, true),
      part: view.getUint16(at + 8, true),
      postingsBytes: view.getUint32(at + 20, true),
    }
  }
  return undefined
}

/** Unsigned LEB128 integers, appended to a growing byte list. */
export class ByteWriter {
  private bytes = new Uint8Array(256)
  length = 0

  private room(more: number) {
    if (this.length + more <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more))
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }

  varint(value: number): void {
    this.room(5)
    let rest = value
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80
      rest >>>= 7
    }
    this.bytes[this.length++] = rest
  }

  byte(value: number): void {
    this.room(1)
    this.bytes[this.length++] = value
  }

  append(bytes: Uint8Array): void {
    this.room(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }

  /** The bytes written so far, without copying them: valid until the next write. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length)
  }
}

/** Reused for the deltas of every list written. Pure: the browser, which only reads, ships neither it nor ByteWriter. */
const scratch = /* @__PURE__ */ new ByteWriter()

export class ByteReader {
  at = 0
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0
    let shift = 0
    for (;;) {
      if (this.at >= this.bytes.length) throw new RangeError('The index data ends in the middle of a number')
      const byte = this.bytes[this.at++]!
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
      shift += 7
    }
  }

  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('The index data ends early')
    return this.bytes[this.at++]!
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new RangeError('The index data ends early')
    const part = this.bytes.subarray(this.at, this.at + length)
    this.at += length
    return part
  }
}

const DELTAS = 0
const BITSET = 1

/**
 * A sorted list of record numbers, as deltas or as a bitset from its first to its last number,
 * whichever is smaller (a word in most records costs a bit a record).
 */
export function writeDocList(out: ByteWriter, docs: ArrayLike<number>): void {
  out.varint(docs.length)
  if (docs.length === 0) return
  const first = docs[0]!
  const span = docs[docs.length - 1]! - first + 1
  const deltas = scratch
  deltas.length = 0
  let previous = first
  for (let i = 1; i < docs.length; i += 1) {
    deltas.varint(docs[i]! - previous)
    previous = docs[i]!
  }
  out.varint(first)
  if (Math.ceil(span / 8) < deltas.length) {
    out.byte(BITSET)
    const bits = new Uint8Array(Math.ceil(span / 8))
    for (let i = 0; i < docs.length; i += 1) {
      const bit = docs[i]! - first
      bits[bit >> 3]! |= 1 << (bit & 7)
    }
    out.varint(bits.length)
    out.append(bits)
  } else {
    out.byte(DELTAS)
    out.varint(deltas.length)
    out.append(deltas.view())
  }
}

export function readDocList(input: ByteReader): Uint32Array {
  const count = input.varint()
  const docs = new Uint32Array(count)
  if (count === 0) return docs
  const first = input.varint()
  const kind = input.byte()
  const body = input.take(input.varint())
  docs[0] = first
  if (kind === BITSET) {
    let n = 0
    const bits = body
    for (let byte = 0; byte < bits.length && n < count; byte += 1) {
      const value = bits[byte]!
      if (value === 0) continue
      for (let bit = 0; bit < 8; bit += 1) if (value & (1 << bit)) docs[n++] = first + byte * 8 + bit
    }
    if (n !== count) throw new RangeError('A bitset of the index holds another number of records than it says')
  } else if (kind === DELTAS) {
    const deltas = new ByteReader(body)
    for (let i = 1; i < count; i += 1) docs[i] = docs[i - 1]! + deltas.varint()
  } else {
    throw new RangeError(`Unknown record list kind ${kind} in the index`)
  }
  return docs
}

/** A term's postings: the records that have it, by tier (title, author, other), each list sorted. */
export type Postings = [Uint32Array, Uint32Array, Uint32Array]

/** Appends a term's postings to `out`: the tag's bytes, then each tier's records. */
export function appendPostings(out: ByteWriter, tag: Uint8Array, tiers: ArrayLike<number>[]): void {
  out.append(tag)
  for (const docs of tiers) writeDocList(out, docs)
}

/** Reads postings, returning the tag they were written with beside them. */
export function readPostings(bytes: Uint8Array): { postings: Postings; tag: number } {
  const input = new ByteReader(bytes.subarray(TAG_BYTES))
  return { postings: [readDocList(input), readDocList(input), readDocList(input)], tag: readTag(bytes) }
}

/**
 * A record as results show it, kept in its slot (SLOT_BYTES of JSON, padded with spaces) and in
 * the heads of common terms. Single letters: every hit carries them.
 */
export type Slot = {
  /** Authors. */
  a: string[]
  /** Branches holding copies (indexes into the manifest's branch values). */
  b: number[]
  /** CLC class number. */
  c?: string
  /** The record's id. */
  i: string
  /** Its language (index into the manifest's language values). */
  l?: number
  p?: string
  t: string
  /** The title in its own script (880). */
  v?: string
  y?: number
}

const encoder = /* @__PURE__ */ new TextEncoder()
const decoder = new TextDecoder()

/** Authors a slot shows at most. */
export const SLOT_AUTHORS = 3

/** Shortens text to `chars` characters with an ellipsis. */
const shorten = (text: string, chars: number) => ([...text].length <= chars ? text : `${[...text].slice(0, Math.max(1, chars - 1)).join('')}…`)

/**
 * A slot's bytes: the record's display data, shortened until it fits (authors after the first
 * three, then the publisher, the other-script title and the title are cut), padded with spaces.
 */
export function encodeSlot(slot: Slot, tag: number): Uint8Array {
  const fitted: Slot = { ...slot, a: slot.a.slice(0, SLOT_AUTHORS) }
  let bytes = encoder.encode(JSON.stringify(fitted))
  const room = SLOT_BYTES - TAG_BYTES
  for (let chars = 80; bytes.length > room && chars >= 4; chars = Math.floor(chars * 0.75)) {
    fitted.a = fitted.a.slice(0, 1).map((name) => shorten(name, chars))
    if (fitted.p) fitted.p = shorten(fitted.p, chars)
    if (fitted.v) fitted.v = shorten(fitted.v, chars)
    fitted.t = shorten(fitted.t, chars)
    bytes = encoder.encode(JSON.stringify(fitted))
  }
  if (bytes.length > room) throw new RangeError(`The display data of record ${slot.i} does not fit in a slot`)
  const padded = new Uint8Array(SLOT_BYTES).fill(0x20)
  padded.set(bytes)
  padded.set(tagBytes(tag), room)
  return padded
}

/**
 * Writes into `target` the slot encodeSlot makes of a record whose JSON (as JSON.stringify writes
 * a Slot) is `json`, with at most SLOT_AUTHORS authors: as it is when it fits, which most records
 * do, so that writing a catalog's slots seldom parses and writes the JSON again.
 */
export function writeSlot(json: string, tag: number, target: Uint8Array): void {
  const room = SLOT_BYTES - TAG_BYTES
  const { read, written } = encoder.encodeInto(json, target.subarray(0, room))
  if (read < json.length) {
    target.set(encodeSlot(JSON.parse(json) as Slot, tag))
    return
  }
  target.fill(0x20, written, room)
  target.set(tagBytes(tag), room)
}

/** Reads a slot, returning the tag it was written with beside it. */
export function decodeSlot(bytes: Uint8Array): { slot: Slot; tag: number } {
  return { slot: JSON.parse(decoder.decode(bytes.subarray(0, SLOT_BYTES - TAG_BYTES))) as Slot, tag: readTag(bytes, SLOT_BYTES - TAG_BYTES) }
}

/** Facet counts: for each value (its index in the manifest's values), the records that have it. */
export type FacetCounts = { branch: [number, number][]; class: [number, number][]; language: [number, number][]; year: [number, number][] }

/**
 * A term's head: how many records have it, its facet counts, (common terms) the first page of
 * results, and the index's tag. A pair of terms has only a head, with every record in rank order
 * (`docs`) when there are few enough to page through.
 */
export type Head = { counts: FacetCounts; docs?: number[]; n: number; tag: number; top?: HeadHit[] }

/**
 * One of a head's first results: its record number, display data and the tier it has the term in
 * (for a pair, 8 less the pair's score: lower comes first, as a tier does).
 */
export type HeadHit = { doc: number; slot: Slot; tier: number }

/**
 * Runs of records sharing year, class and language: records are numbered newest first, then by
 * class, language and holdings, so each run is a range of record numbers and the year, class and
 * language of any record follow from its number.
 */
export type Groups = { class: Int32Array; language: Int32Array; start: Uint32Array; year: Int32Array }

export function writeGroups(tag: number, groups: { class: number; count: number; language: number; year: number }[]): Uint8Array {
  const out = new ByteWriter()
  out.append(tagBytes(tag))
  out.varint(groups.length)
  // Value + 1, so that "none" (-1) is 0.
  for (const group of groups) {
    out.varint(group.count)
    out.varint(group.year + 1)
    out.varint(group.class + 1)
    out.varint(group.language + 1)
  }
  return out.result()
}

/** Reads the groups, returning the tag they were written with beside them. */
export function readGroups(bytes: Uint8Array): { groups: Groups; tag: number } {
  const input = new ByteReader(bytes.subarray(TAG_BYTES))
  const length = input.varint()
  const groups: Groups = { class: new Int32Array(length), language: new Int32Array(length), start: new Uint32Array(length + 1), year: new Int32Array(length) }
  for (let n = 0; n < length; n += 1) {
    groups.start[n + 1] = groups.start[n]! + input.varint()
    groups.year[n] = input.varint() - 1
    groups.class[n] = input.varint() - 1
    groups.language[n] = input.varint() - 1
  }
  return { groups, tag: readTag(bytes) }
}

/** A segment of a delta (deltaFormat.ts): its files, tag and number of records. */
export type SegmentManifest = Pick<IndexManifest, 'dictionary' | 'postings' | 'records' | 'slots' | 'tag'>

/** What the manifest says of a delta (deltaFormat.ts). */
export type DeltaManifest = {
  added: SegmentManifest
  /** Records of the base index: the added records are numbered from here. */
  baseRecords: number
  /** The facts file (deflated) and its size. */
  facts: { bytes: number; file: string }
  removed: SegmentManifest
}

/** What manifest.json says of the index: the files to read and the values of its facets. */
export type IndexManifest = {
  /** The build the files belong to: every file name ends with a hash of its content. */
  build: string
  /** Facet counts of the whole catalog. */
  counts: FacetCounts
  dictionary: { buckets: number; bucketsPerPart: number; capacity: number; files: string[] }
  /** What an incremental import added and removed since the base index these files are (deltaFormat.ts). */
  delta?: DeltaManifest
  /** The groups file (deflated) and its size. */
  groups: { bytes: number; file: string }
  /** Two terms both found in at least this many records have a pair head: none when no record has both. */
  pairsFrom: number
  postings: string[]
  /** Records of the catalog (of the base and its delta together). */
  records: number
  slots: { files: string[]; perFile: number }
  /** The tag of every part of this index (TAG_BYTES). */
  tag: number
  values: { branch: string[]; class: string[]; language: string[] }
  version: number
}
