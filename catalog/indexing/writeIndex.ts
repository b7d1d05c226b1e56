/**
 * Writes the catalog index (docs/catalog-index.md) of a set of records into a folder: record
 * slots, groups, postings with their heads, and the dictionary, every file named by a hash of
 * its content so that hosts and browsers may keep it for a year.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'

import type { CatalogRecord } from '../contract'
import {
  COUNTS_FROM,
  bucketBytes as bytesOfBucket,
  ENTRY_BYTES,
  TAG_BYTES,
  tagBytes,
  encodeSlot,
  FORMAT_VERSION,
  type FacetCounts,
  HAS_HEAD,
  HEAD_DEFLATED,
  type Head,
  type IndexManifest,
  PAGE_SIZE,
  PART_BYTES,
  placeTerm,
  POSTINGS_DEFLATED,
  SLOT_BYTES,
  type Slot,
  TOP_FROM,
  writeEntry,
  writeGroups,
  writePostings,
} from '../search/format'
import { recordTerms } from './recordTerms'

/** Terms per dictionary bucket on average: a lookup reads one bucket, a kilobyte or so. */
const TERMS_PER_BUCKET = 24
/** Heads and postings smaller than this are stored as they are: compressing them gains nothing. */
const DEFLATE_FROM = 128

const sorted = (values: Iterable<string | undefined>) => [...new Set([...values].filter((value): value is string => Boolean(value)))].sort()

const copiesOf = (record: CatalogRecord) => record.holdings.reduce((sum, holding) => sum + holding.copies, 0)

/** Writes bytes into files of at most PART_BYTES, each named `<kind>-<n>.<hash>.bin` once complete. */
class PartWriter {
  readonly files: string[] = []
  private chunks: Uint8Array[] = []
  private size = 0

  constructor(
    private readonly dir: string,
    private readonly kind: string,
  ) {}

  /** Where the next bytes go (their part and offset), starting a new part when they would not fit. */
  add(bytes: Uint8Array): { offset: number; part: number } {
    if (this.size + bytes.length > PART_BYTES && this.size > 0) this.flush()
    const place = { offset: this.size, part: this.files.length }
    this.chunks.push(bytes)
    this.size += bytes.length
    return place
  }

  flush(): void {
    if (this.size === 0 && this.files.length > 0) return
    const hash = createHash('sha256')
    for (const chunk of this.chunks) hash.update(chunk)
    const name = `${this.kind}-${this.files.length}.${hash.digest('hex').slice(0, 16)}.bin`
    fs.writeFileSync(path.join(this.dir, name), Buffer.concat(this.chunks))
    this.files.push(name)
    this.chunks = []
    this.size = 0
  }
}

function hashedFile(dir: string, kind: string, bytes: Uint8Array): string {
  const name = `${kind}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.bin`
  fs.writeFileSync(path.join(dir, name), bytes)
  return name
}

/** Stored compressed when that is smaller: returns the bytes and whether they are deflated. */
function packed(bytes: Uint8Array): [Uint8Array, boolean] {
  if (bytes.length < DEFLATE_FROM) return [bytes, false]
  const deflated = deflateRawSync(bytes)
  return deflated.length < bytes.length ? [deflated, true] : [bytes, false]
}

export type WrittenIndex = { manifest: IndexManifest; terms: number }

export function writeCatalogIndex(records: CatalogRecord[], dir: string, progress: (line: string) => void = () => {}): WrittenIndex {
  fs.mkdirSync(dir, { recursive: true })
  const values = {
    branch: sorted(records.flatMap((record) => record.holdings.map((holding) => holding.branch))),
    class: sorted(records.map((record) => record.clcClass)),
    language: sorted(records.map((record) => record.language)),
  }
  const indexOf = (list: string[]) => {
    const map = new Map(list.map((value, n) => [value, n]))
    return (value: string | undefined) => (value === undefined ? -1 : (map.get(value) ?? -1))
  }
  const branchIndex = indexOf(values.branch)
  const classIndex = indexOf(values.class)
  const languageIndex = indexOf(values.language)

  // Record numbers: newest first, then by class, language and copies held; each run of the same
  // year, class and language is a group.
  const ordered = records
    .map((record) => ({ class: classIndex(record.clcClass), copies: copiesOf(record), language: languageIndex(record.language), record, year: record.year ?? -1 }))
    .sort((a, b) => b.year - a.year || a.class - b.class || a.language - b.language || b.copies - a.copies || (a.record.id < b.record.id ? -1 : 1))
  const groups: { class: number; count: number; language: number; year: number }[] = []
  for (const doc of ordered) {
    const last = groups.at(-1)
    if (last && last.year === doc.year && last.class === doc.class && last.language === doc.language) last.count += 1
    else groups.push({ class: doc.class, count: 1, language: doc.language, year: doc.year })
  }

  // The tag: a hash of the records in their order, the same for the same catalog.
  const recordsHash = createHash('sha256')
  for (const { record } of ordered) recordsHash.update(JSON.stringify(record))
  const tag = recordsHash.digest().readUInt32LE(0)

  progress(`  writing ${ordered.length.toLocaleString('en-US')} record slots`)
  const slots: Slot[] = ordered.map(({ record, language }) => ({
    a: record.authors,
    b: [...new Set(record.holdings.map((holding) => branchIndex(holding.branch)))].sort((x, y) => x - y),
    ...(record.clc ? { c: record.clc } : {}),
    i: record.id,
    ...(language >= 0 ? { l: language } : {}),
    ...(record.publisher ? { p: record.publisher } : {}),
    t: record.title,
    ...(record.vernacular?.title ? { v: record.vernacular.title } : {}),
    ...(record.year !== undefined ? { y: record.year } : {}),
  }))
  const perFile = Math.floor(PART_BYTES / SLOT_BYTES)
  const slotFiles: string[] = []
  for (let first = 0; first < slots.length || first === 0; first += perFile) {
    const chunk = slots.slice(first, first + perFile)
    const bytes = new Uint8Array(chunk.length * SLOT_BYTES)
    chunk.forEach((slot, n) => bytes.set(encodeSlot(slot, tag), n * SLOT_BYTES))
    slotFiles.push(hashedFile(dir, `slots-${slotFiles.length}`, bytes))
    if (slots.length === 0) break
  }

  progress('  collecting terms')
  // Each posting is a record number times 4 plus its tier; records come in order, so each list is sorted.
  const postings = new Map<string, number[]>()
  ordered.forEach(({ record }, doc) => {
    for (const [term, tier] of recordTerms(record)) {
      const list = postings.get(term)
      if (list) list.push(doc * 4 + tier)
      else postings.set(term, [doc * 4 + tier])
    }
    if (doc > 0 && doc % 50_000 === 0) progress(`  ${doc.toLocaleString('en-US')} records read for terms`)
  })

  // Each record's facet values in typed arrays, and tallies reused for every term: counting is
  // most of the work for words found in most records.
  const years = ordered.map((doc) => doc.year).filter((year) => year >= 0)
  const firstYear = years.length > 0 ? Math.min(...new Set(years)) : 0
  const lastYear = years.length > 0 ? Math.max(...new Set(years)) : 0
  const docClass = Int32Array.from(ordered, (doc) => doc.class)
  const docLanguage = Int32Array.from(ordered, (doc) => doc.language)
  const docYear = Int32Array.from(ordered, (doc) => (doc.year < 0 ? -1 : doc.year - firstYear))
  const tallies = {
    branch: new Int32Array(values.branch.length),
    class: new Int32Array(values.class.length),
    language: new Int32Array(values.language.length),
    year: new Int32Array(lastYear - firstYear + 1),
  }
  const facetCounts = (docs: Iterable<number>): FacetCounts => {
    for (const doc of docs) {
      if (docClass[doc]! >= 0) tallies.class[docClass[doc]!]! += 1
      if (docLanguage[doc]! >= 0) tallies.language[docLanguage[doc]!]! += 1
      if (docYear[doc]! >= 0) tallies.year[docYear[doc]!]! += 1
      for (const branch of slots[doc]!.b) tallies.branch[branch]! += 1
    }
    const pairs = (tally: Int32Array, base = 0) => {
      const found: [number, number][] = []
      tally.forEach((count, n) => count > 0 && found.push([n + base, count]))
      tally.fill(0)
      return found
    }
    return { branch: pairs(tallies.branch), class: pairs(tallies.class), language: pairs(tallies.language), year: pairs(tallies.year, firstYear) }
  }

  progress(`  writing ${postings.size.toLocaleString('en-US')} terms`)
  const buckets = Math.max(1, Math.ceil(postings.size / TERMS_PER_BUCKET))
  const places = new Map<string, { bucket: number; fingerprint: number }>()
  const loads = new Uint32Array(buckets)
  for (const term of postings.keys()) {
    const place = placeTerm(term, buckets)
    places.set(term, place)
    loads[place.bucket]! += 1
  }
  const capacity = loads.reduce((most, load) => Math.max(most, load), 1)
  const bucketBytes = bytesOfBucket(capacity)
  const dictionary = new Uint8Array(buckets * bucketBytes)
  const dictionaryView = new DataView(dictionary.buffer)
  for (let bucket = 0; bucket < buckets; bucket += 1) dictionary.set(tagBytes(tag), bucket * bucketBytes)
  const filled = new Uint32Array(buckets)
  const postingsOut = new PartWriter(dir, 'postings')

  for (const [term, encoded] of postings) {
    const tiers: number[][] = [[], [], []]
    for (const value of encoded) tiers[value & 3]!.push(value >>> 2)
    const count = encoded.length
    let head: Uint8Array = new Uint8Array(0)
    let flags = 0
    if (count > COUNTS_FROM) {
      const docs = tiers.flat()
      const content: Head = { counts: facetCounts(docs), n: count, tag }
      if (count > TOP_FROM) content.top = docs.slice(0, PAGE_SIZE).map((doc) => ({ doc, slot: slots[doc]! }))
      const [bytes, deflated] = packed(new TextEncoder().encode(JSON.stringify(content)))
      head = bytes
      flags |= HAS_HEAD | (deflated ? HEAD_DEFLATED : 0)
    }
    const [body, bodyDeflated] = packed(writePostings(tag, tiers))
    if (bodyDeflated) flags |= POSTINGS_DEFLATED
    const blob = new Uint8Array(head.length + body.length)
    blob.set(head)
    blob.set(body, head.length)
    const { offset, part } = postingsOut.add(blob)
    const { bucket, fingerprint } = places.get(term)!
    writeEntry(dictionaryView, bucket * bucketBytes + TAG_BYTES + filled[bucket]! * ENTRY_BYTES, {
      count,
      fingerprint,
      flags,
      headBytes: head.length,
      offset,
      part,
      postingsBytes: body.length,
    })
    filled[bucket]! += 1
  }
  postingsOut.flush()

  const bucketsPerPart = Math.max(1, Math.floor(PART_BYTES / bucketBytes))
  const dictionaryFiles: string[] = []
  for (let first = 0; first < buckets; first += bucketsPerPart) {
    dictionaryFiles.push(hashedFile(dir, `dictionary-${dictionaryFiles.length}`, dictionary.subarray(first * bucketBytes, (first + bucketsPerPart) * bucketBytes)))
  }

  const groupsBytes = deflateRawSync(writeGroups(tag, groups))
  const manifest: IndexManifest = {
    build: createHash('sha256').update(dictionaryFiles.join()).update(postingsOut.files.join()).update(slotFiles.join()).digest('hex').slice(0, 16),
    counts: facetCounts(ordered.keys()),
    dictionary: { buckets, bucketsPerPart, capacity, files: dictionaryFiles },
    groups: { bytes: groupsBytes.length, file: hashedFile(dir, 'groups', groupsBytes) },
    postings: postingsOut.files,
    records: ordered.length,
    slots: { files: slotFiles, perFile },
    tag,
    values,
    version: FORMAT_VERSION,
  }
  return { manifest, terms: postings.size }
}
