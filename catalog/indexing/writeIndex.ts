/**
 * Writes the catalog index (docs/catalog-index.md) of a catalog's records into a folder: record
 * slots, groups, postings with their heads, and the dictionary, every file named by a hash of
 * its content so that hosts and browsers may keep it for a year.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'

import type { CatalogRecord } from '../contract'
import {
  bucketBytes as bytesOfBucket,
  COUNTS_FROM,
  encodeSlot,
  ENTRY_BYTES,
  FORMAT_VERSION,
  type FacetCounts,
  HAS_HEAD,
  HEAD_DEFLATED,
  type Head,
  type HeadHit,
  type IndexManifest,
  PAGE_SIZE,
  PART_BYTES,
  placeTerm,
  POSTINGS_DEFLATED,
  SLOT_BYTES,
  type Slot,
  TAG_BYTES,
  tagBytes,
  type Tier,
  TOP_FROM,
  writeEntry,
  writeGroups,
  writePostings,
} from '../search/format'
import { pairTerm, typedTerm } from '../search/terms'
import { recordLines } from '../store'
import { type CollectedTerms, collectTerms } from './collectTerms'
import { compareRank, type RankKey } from './staticRank'
import { pairedFrom, rankedRecords, type TermPair, termPairs } from './termPairs'

/** Terms per dictionary bucket on average: a lookup reads one bucket, a kilobyte or so. */
const TERMS_PER_BUCKET = 24
/** Heads and postings smaller than this are stored as they are: compressing them gains nothing. */
const DEFLATE_FROM = 128

const sorted = (values: Iterable<string | undefined>) => [...new Set([...values].filter((value): value is string => Boolean(value)))].sort()

const copiesOf = (record: CatalogRecord) => record.holdings.reduce((sum, holding) => sum + holding.copies, 0)

/**
 * The terms of all ranges, numbered once: each term's postings are its postings in each range,
 * one range after the other, so still in record-number order.
 */
function mergeRanges(ranges: CollectedTerms[]): { counts: Uint32Array; postings: (term: number) => Uint32Array; terms: string[] } {
  const numbers = new Map<string, number>()
  const terms: string[] = []
  for (const range of ranges) {
    for (const term of range.terms) {
      if (numbers.has(term)) continue
      numbers.set(term, terms.length)
      terms.push(term)
    }
  }
  // For each range, the term's place in it, or -1.
  const places = ranges.map((range) => {
    const place = new Int32Array(terms.length).fill(-1)
    range.terms.forEach((term, local) => (place[numbers.get(term)!] = local))
    return place
  })
  numbers.clear()
  const counts = new Uint32Array(terms.length)
  ranges.forEach((range, r) => places[r]!.forEach((local, term) => local >= 0 && (counts[term]! += range.start[local + 1]! - range.start[local]!)))
  const postings = (term: number): Uint32Array => {
    const parts = ranges.flatMap((range, r) => {
      const local = places[r]![term]!
      return local < 0 ? [] : [range.values.subarray(range.start[local], range.start[local + 1])]
    })
    if (parts.length === 1) return parts[0]!
    const all = new Uint32Array(parts.reduce((sum, part) => sum + part.length, 0))
    let at = 0
    for (const part of parts) {
      all.set(part, at)
      at += part.length
    }
    return all
  }
  return { counts, postings, terms }
}

/** A term's first page of results: its records by tier, then by number. */
function firstResults(tiers: number[][]): { doc: number; tier: Tier }[] {
  const first: { doc: number; tier: Tier }[] = []
  tiers.forEach((docs, tier) => {
    for (const doc of docs.slice(0, PAGE_SIZE - first.length)) first.push({ doc, tier: tier as Tier })
  })
  return first
}

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

/** The facet values an index numbers its records' branches, classes and languages by. */
export type FacetValues = IndexManifest['values']

/** The index written, and its records' keys in record-number order. */
export type WrittenIndex = { manifest: IndexManifest; ranked: RankKey[]; terms: number }

/**
 * How a delta segment (writeDelta.ts) is written: its facet values continue the base's (new
 * values appended, so the base's numbers stay right), and its records take the numbers given,
 * in static rank order. A segment's heads carry no first page of their own (it is never read),
 * but the one given in `tops` for a term, if any.
 */
export type SegmentOptions = { recordNumber: (id: string, position: number) => number; tops?: Map<string, HeadHit[]>; values: FacetValues }

/** `given` with the values of `found` it lacks appended (sorted), or `found` sorted when nothing is given. */
function valueList(given: string[] | undefined, found: Iterable<string | undefined>): string[] {
  const fresh = sorted(found)
  if (!given) return fresh
  const known = new Set(given)
  return [...given, ...fresh.filter((value) => !known.has(value))]
}

/** What the index keeps of a record while it is written: its display data and what orders it. */
type Summary = { branches: string[]; clcClass?: string; copies: number; language?: string; slot: Omit<Slot, 'b' | 'l'> }

/** Below this many records, terms are collected in this thread: starting workers would take longer. */
const WORKERS_FROM = 20_000

/**
 * Writes the index of the records in `recordsFile` (one JSON record a line, store.ts) into `dir`.
 * Records are read twice, one at a time: here for what orders and shows them, and by the workers
 * that collect their terms (`workers`, by default one per core for a large catalog).
 */
export async function writeCatalogIndex(
  recordsFile: string,
  dir: string,
  progress: (line: string) => void = () => {},
  options: { segment?: SegmentOptions; workers?: number } = {},
): Promise<WrittenIndex> {
  fs.mkdirSync(dir, { recursive: true })
  const summaries: Summary[] = []
  // The tag: a hash of the records, the same for the same catalog.
  const recordsHash = createHash('sha256')
  for await (const line of recordLines(recordsFile)) {
    recordsHash.update(line)
    const record = JSON.parse(line) as CatalogRecord
    summaries.push({
      branches: [...new Set(record.holdings.map((holding) => holding.branch))],
      clcClass: record.clcClass,
      copies: copiesOf(record),
      language: record.language,
      slot: {
        a: record.authors,
        ...(record.clc ? { c: record.clc } : {}),
        i: record.id,
        ...(record.publisher ? { p: record.publisher } : {}),
        t: record.title,
        ...(record.vernacular?.title ? { v: record.vernacular.title } : {}),
        ...(record.year !== undefined ? { y: record.year } : {}),
      },
    })
  }
  const tag = recordsHash.digest().readUInt32LE(0)

  const given = options.segment?.values
  const values = {
    branch: valueList(given?.branch, summaries.flatMap((summary) => summary.branches)),
    class: valueList(given?.class, summaries.map((summary) => summary.clcClass)),
    language: valueList(given?.language, summaries.map((summary) => summary.language)),
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
  const ordered = summaries
    .map((summary) => {
      const year = summary.slot.y ?? -1
      const key: RankKey = { branches: summary.branches, ...(summary.clcClass ? { clcClass: summary.clcClass } : {}), copies: summary.copies, id: summary.slot.i, ...(summary.language ? { language: summary.language } : {}), year }
      return { class: classIndex(summary.clcClass), copies: summary.copies, key, language: languageIndex(summary.language), summary, year }
    })
    .sort((a, b) => compareRank(a.key, b.key))
  const recordNumber = options.segment?.recordNumber
  const numberOf = recordNumber ? Uint32Array.from(ordered, (doc, position) => recordNumber(doc.summary.slot.i, position)) : undefined
  summaries.length = 0
  const groups: { class: number; count: number; language: number; year: number }[] = []
  for (const doc of ordered) {
    const last = groups.at(-1)
    if (last && last.year === doc.year && last.class === doc.class && last.language === doc.language) last.count += 1
    else groups.push({ class: doc.class, count: 1, language: doc.language, year: doc.year })
  }

  progress(`  writing ${ordered.length.toLocaleString('en-US')} record slots`)
  const slots: Slot[] = ordered.map(({ language, summary }) => ({
    ...summary.slot,
    b: summary.branches.map(branchIndex).sort((x, y) => x - y),
    ...(language >= 0 ? { l: language } : {}),
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

  const workers = options.workers ?? (ordered.length >= WORKERS_FROM ? Math.min(os.availableParallelism(), 4) : 0)
  progress(`  collecting terms${workers > 0 ? ` in ${workers} threads` : ''}`)
  const ranges = await collectTerms(recordsFile, ordered.map((doc) => doc.summary.slot.i), workers)
  const termsOf = mergeRanges(ranges)
  const { terms } = termsOf
  const postingsCount = ranges.reduce((sum, range) => sum + range.values.length, 0)

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
  // Each record's branches, record by record in one typed array: the pairs of common terms alone
  // count tens of millions of records.
  const branchStart = new Uint32Array(slots.length + 1)
  slots.forEach((slot, doc) => (branchStart[doc + 1] = branchStart[doc]! + slot.b.length))
  const docBranches = Uint16Array.from(slots.flatMap((slot) => slot.b))
  const facetCounts = (docs: ArrayLike<number>): FacetCounts => {
    for (let n = 0; n < docs.length; n += 1) {
      const doc = docs[n]!
      if (docClass[doc]! >= 0) tallies.class[docClass[doc]!]! += 1
      if (docLanguage[doc]! >= 0) tallies.language[docLanguage[doc]!]! += 1
      if (docYear[doc]! >= 0) tallies.year[docYear[doc]!]! += 1
      for (let at = branchStart[doc]!; at < branchStart[doc + 1]!; at += 1) tallies.branch[docBranches[at]!]! += 1
    }
    const pairs = (tally: Int32Array, base = 0) => {
      const found: [number, number][] = []
      tally.forEach((count, n) => count > 0 && found.push([n + base, count]))
      tally.fill(0)
      return found
    }
    return { branch: pairs(tallies.branch), class: pairs(tallies.class), language: pairs(tallies.language), year: pairs(tallies.year, firstYear) }
  }

  // A delta's segments have no pairs: their few records are read whole.
  const pairsFrom = pairedFrom(termsOf.counts, (n) => typedTerm(terms[n]!), ordered.length, TOP_FROM)
  const paired = options.segment ? [] : [...terms.keys()].filter((n) => termsOf.counts[n]! >= pairsFrom && typedTerm(terms[n]!))
  if (paired.length > 0) progress(`  pairing ${paired.length} common terms`)
  const pairs = termPairs(paired, termsOf.postings, ordered.length)
  // Pairs are written as terms of their own, numbered after the terms.
  const names = [...terms, ...pairs.map((pair) => pairTerm(terms[pair.first]!, terms[pair.second]!))]

  progress(`  writing ${terms.length.toLocaleString('en-US')} terms (${postingsCount.toLocaleString('en-US')} postings) and ${pairs.length.toLocaleString('en-US')} pairs`)
  const buckets = Math.max(1, Math.ceil(names.length / TERMS_PER_BUCKET))
  const bucketOf = new Uint32Array(names.length)
  const fingerprintOf = new Uint32Array(names.length)
  const loads = new Uint32Array(buckets)
  names.forEach((term, n) => {
    const place = placeTerm(term, buckets)
    bucketOf[n] = place.bucket
    fingerprintOf[n] = place.fingerprint
    loads[place.bucket]! += 1
  })
  const capacity = loads.reduce((most, load) => Math.max(most, load), 1)
  const bucketBytes = bytesOfBucket(capacity)
  const dictionary = new Uint8Array(buckets * bucketBytes)
  const dictionaryView = new DataView(dictionary.buffer)
  for (let bucket = 0; bucket < buckets; bucket += 1) dictionary.set(tagBytes(tag), bucket * bucketBytes)
  const filled = new Uint32Array(buckets)
  const postingsOut = new PartWriter(dir, 'postings')

  const headBytes = (content: Head): [Uint8Array, number] => {
    const [bytes, deflated] = packed(new TextEncoder().encode(JSON.stringify(content)))
    return [bytes, HAS_HEAD | (deflated ? HEAD_DEFLATED : 0)]
  }
  const termBlob = (n: number): { body: Uint8Array; count: number; flags: number; head: Uint8Array } => {
    const encoded = termsOf.postings(n)
    const tiers: number[][] = [[], [], []]
    for (const value of encoded) tiers[value & 3]!.push(value >>> 2)
    const count = encoded.length
    let head: Uint8Array = new Uint8Array(0)
    let flags = 0
    const givenTop = options.segment?.tops?.get(terms[n]!)
    if (count > COUNTS_FROM || givenTop) {
      const content: Head = { counts: facetCounts(tiers.flat()), n: count, tag }
      if (givenTop) content.top = givenTop
      else if (count > TOP_FROM && !options.segment) content.top = firstResults(tiers).map(({ doc, tier }) => ({ doc, slot: slots[doc]!, tier }))
      ;[head, flags] = headBytes(content)
    }
    const [body, bodyDeflated] = packed(writePostings(tag, numberOf ? tiers.map((docs) => docs.map((doc) => numberOf[doc]!).sort((a, b) => a - b)) : tiers))
    return { body, count, flags: flags | (bodyDeflated ? POSTINGS_DEFLATED : 0), head }
  }
  // A pair has a head and no postings: its first page, and every record when it has few enough to page through.
  const pairBlob = (pair: TermPair) => {
    const { docs, tiers } = rankedRecords(pair)
    const top = Array.from(docs.subarray(0, PAGE_SIZE), (doc, n) => ({ doc, slot: slots[doc]!, tier: tiers[n]! }))
    const content: Head = { counts: facetCounts(docs), n: docs.length, tag, top }
    if (docs.length <= TOP_FROM) content.docs = Array.from(docs)
    const [head, flags] = headBytes(content)
    return { body: new Uint8Array(0), count: docs.length, flags, head }
  }

  // Terms in the order of their place, whatever order they were collected in: the same catalog
  // always makes the same files.
  const order = Uint32Array.from(names.keys()).sort((a, b) => bucketOf[a]! - bucketOf[b]! || fingerprintOf[a]! - fingerprintOf[b]!)
  for (const n of order) {
    const { body, count, flags, head } = n < terms.length ? termBlob(n) : pairBlob(pairs[n - terms.length]!)
    const blob = new Uint8Array(head.length + body.length)
    blob.set(head)
    blob.set(body, head.length)
    const { offset, part } = postingsOut.add(blob)
    const bucket = bucketOf[n]!
    const fingerprint = fingerprintOf[n]!
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
    counts: facetCounts(Uint32Array.from(ordered.keys())),
    dictionary: { buckets, bucketsPerPart, capacity, files: dictionaryFiles },
    groups: { bytes: groupsBytes.length, file: hashedFile(dir, 'groups', groupsBytes) },
    pairsFrom,
    postings: postingsOut.files,
    records: ordered.length,
    slots: { files: slotFiles, perFile },
    tag,
    values,
    version: FORMAT_VERSION,
  }
  return { manifest, ranked: ordered.map((doc) => doc.key), terms: names.length }
}
