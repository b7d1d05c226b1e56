/**
 * Writes the catalog index (docs/catalog-index.md) of a catalog's records into a folder: record
 * slots, groups, postings with their heads, and the dictionary, every file named by a hash of
 * its content so that hosts and browsers may keep it for a year.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'

import type { CatalogRecord } from '../contract'
import {
  bucketBytes as bytesOfBucket,
  decodeSlot,
  ENTRY_BYTES,
  FORMAT_VERSION,
  type Head,
  type HeadHit,
  type IndexManifest,
  PAGE_SIZE,
  PART_BYTES,
  placeTerm,
  SLOT_BYTES,
  type Slot,
  TAG_BYTES,
  tagBytes,
  TOP_FROM,
  writeEntry,
  writeGroups,
  writeSlot,
} from '../search/format'
import { pairTerm, typedTerm } from '../search/terms'
import { recordLines, searchedPart } from '../store'
import { type CollectedTerms, TermCollector } from './collectTerms'
import { facetCounter, type RecordFacets } from './facetCounts'
import { RecordSummaries } from './recordSummaries'
import { compareRank, type RankKey } from './staticRank'
import { encodeHead, type EncodedTerm, encodeTerm, type TermContext } from './termEntry'
import { pairedFrom, rankedRecords, type TermPair, termPairs } from './termPairs'

/** Terms per dictionary bucket on average: a lookup reads one bucket, a kilobyte or so. */
const TERMS_PER_BUCKET = 24
const sorted = (values: Iterable<string | undefined>) => [...new Set([...values].filter((value): value is string => Boolean(value)))].sort()

/**
 * The terms of all shares, numbered once: each term's postings are its postings in every share,
 * merged in record-number order, and `counts` says how many each term has.
 */
function mergeShares(shares: CollectedTerms[]): { counts: Uint32Array; postings: (term: number) => Uint32Array; terms: string[] } {
  if (shares.length === 1) {
    // One thread's terms are numbered already.
    const [{ start, terms, values }] = shares as [CollectedTerms]
    return { counts: Uint32Array.from(terms, (_, t) => start[t + 1]! - start[t]!), postings: (term) => values.subarray(start[term], start[term + 1]), terms }
  }
  const numbers = new Map<string, number>()
  const terms: string[] = []
  for (const share of shares) {
    for (const term of share.terms) {
      if (numbers.has(term)) continue
      numbers.set(term, terms.length)
      terms.push(term)
    }
  }
  // For each share, the term's place in it, or -1.
  const places = shares.map((share) => {
    const place = new Int32Array(terms.length).fill(-1)
    share.terms.forEach((term, local) => (place[numbers.get(term)!] = local))
    return place
  })
  numbers.clear()
  // The terms' text is kept once, in `terms`.
  const lists = shares.map(({ start, values }) => ({ start, values }))
  const counts = new Uint32Array(terms.length)
  lists.forEach((list, r) => places[r]!.forEach((local, term) => local >= 0 && (counts[term]! += list.start[local + 1]! - list.start[local]!)))
  let merged = new Uint32Array(1 << 16)
  // Valid until the next call: the caller copies what it keeps.
  const postings = (term: number): Uint32Array => {
    const parts: Uint32Array[] = []
    lists.forEach((list, r) => {
      const local = places[r]![term]!
      if (local >= 0) parts.push(list.values.subarray(list.start[local], list.start[local + 1]))
    })
    if (parts.length === 1) return parts[0]!
    if (merged.length < counts[term]!) merged = new Uint32Array(counts[term]!)
    let at = 0
    for (const part of parts) {
      merged.set(part, at)
      at += part.length
    }
    return merged.subarray(0, at).sort()
  }
  return { counts, postings, terms }
}

/** Writes bytes into files of at most PART_BYTES, each named `<kind>-<n>.<hash>.bin` once complete. */
class PartWriter {
  readonly files: string[] = []
  // Bytes are copied into one buffer a part: a buffer for each would keep the garbage collector busy.
  private readonly part = Buffer.allocUnsafe(PART_BYTES)
  private size = 0

  constructor(
    private readonly dir: string,
    private readonly kind: string,
  ) {}

  /** Where the next bytes go (their part and offset), starting a new part when they would not fit. */
  add(bytes: Uint8Array): { offset: number; part: number } {
    if (this.size + bytes.length > PART_BYTES && this.size > 0) this.flush()
    const place = { offset: this.size, part: this.files.length }
    if (bytes.length > PART_BYTES) {
      // Larger than a part (never in a real catalog): a part of its own.
      this.files.push(hashedFile(this.dir, `${this.kind}-${this.files.length}`, bytes))
      return place
    }
    this.part.set(bytes, this.size)
    this.size += bytes.length
    return place
  }

  flush(): void {
    if (this.size === 0 && this.files.length > 0) return
    this.files.push(hashedFile(this.dir, `${this.kind}-${this.files.length}`, this.part.subarray(0, this.size)))
    this.size = 0
  }
}

function hashedFile(dir: string, kind: string, bytes: Uint8Array): string {
  const name = `${kind}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.bin`
  fs.writeFileSync(path.join(dir, name), bytes)
  return name
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

/**
 * Records an import has read already, as a new base index needs them: their summaries in the order
 * read, which of those count (`positions`: the latest record of each id), their terms, collected as
 * they were read, and the SHA-256 of the records file they were then written to.
 */
export type RecordsRead = { positions: Uint32Array; recordsHash: Buffer; summaries: RecordSummaries; terms: TermCollector }

/** An index's tag, from the SHA-256 of its records file (docs/catalog-index.md). */
const tagOf = (recordsHash: Buffer) => recordsHash.readUInt32LE(0)

/**
 * Writes the index of the records in `recordsFile` (one JSON record a line, store.ts) into `dir`.
 * Records are read one at a time, for what orders and shows them, and their terms are collected
 * in worker threads (`workers`, by default one per core for a large catalog); a caller that read
 * the records before the file was written gives them as `recordsRead`, and the file is not read.
 */
export async function writeCatalogIndex(
  recordsFile: string,
  dir: string,
  progress: (line: string) => void = () => {},
  options: { recordsRead?: RecordsRead; segment?: SegmentOptions; workers?: number } = {},
): Promise<WrittenIndex> {
  const collector = options.recordsRead?.terms ?? new TermCollector(options.workers === undefined ? {} : { workers: options.workers })
  try {
    return await writeIndex(recordsFile, dir, progress, { collector, recordsRead: options.recordsRead, segment: options.segment })
  } finally {
    collector.close()
  }
}

/** Reads a records file: each record's summary, its terms given to `collector`, and the file's tag. */
async function readRecordsFile(recordsFile: string, collector: TermCollector): Promise<{ positions: Uint32Array; summaries: RecordSummaries; tag: number }> {
  const summaries = new RecordSummaries()
  const hash = createHash('sha256')
  for await (const line of recordLines(recordsFile)) {
    hash.update(line).update('\n')
    const searched = searchedPart(line)
    const record = JSON.parse(searched) as CatalogRecord
    await collector.add(record.id, searched)
    summaries.add(record)
  }
  return { positions: Uint32Array.from(summaries.keys.keys()), summaries, tag: tagOf(hash.digest()) }
}

async function writeIndex(
  recordsFile: string,
  dir: string,
  progress: (line: string) => void,
  { collector, recordsRead, segment }: { collector: TermCollector; recordsRead: RecordsRead | undefined; segment: SegmentOptions | undefined },
): Promise<WrittenIndex> {
  fs.mkdirSync(dir, { recursive: true })
  const { positions, summaries, tag } = recordsRead ? { ...recordsRead, tag: tagOf(recordsRead.recordsHash) } : await readRecordsFile(recordsFile, collector)
  await collector.collect()

  // Record numbers: newest first, then by class, language and copies held; each run of the same
  // year, class and language is a group. Record `doc` is the `read[doc]`-th summary.
  const { drafts, keys } = summaries
  const read = positions.sort((a, b) => compareRank(keys[a]!, keys[b]!))
  const ranked = Array.from(read, (position) => keys[position]!)
  keys.length = 0
  const records = ranked.length

  const given = segment?.values
  const values = {
    branch: valueList(given?.branch, ranked.flatMap((key) => key.branches)),
    class: valueList(given?.class, ranked.map((key) => key.clcClass)),
    language: valueList(given?.language, ranked.map((key) => key.language)),
  }
  const indexOf = (list: string[]) => {
    const map = new Map(list.map((value, n) => [value, n]))
    return (value: string | undefined) => (value === undefined ? -1 : (map.get(value) ?? -1))
  }
  const branchIndex = indexOf(values.branch)
  const classIndex = indexOf(values.class)
  const languageIndex = indexOf(values.language)

  const numberOf = segment ? Uint32Array.from(ranked, (key, position) => segment.recordNumber(key.id, position)) : undefined
  const classOf = Int32Array.from(ranked, (key) => classIndex(key.clcClass))
  const languageOf = Int32Array.from(ranked, (key) => languageIndex(key.language))
  const groups: { class: number; count: number; language: number; year: number }[] = []
  ranked.forEach(({ year }, doc) => {
    const last = groups.at(-1)
    if (last && last.year === year && last.class === classOf[doc] && last.language === languageOf[doc]) last.count += 1
    else groups.push({ class: classOf[doc]!, count: 1, language: languageOf[doc]!, year })
  })

  progress(`  writing ${records.toLocaleString('en-US')} record slots`)
  // Each record's slot as its index has it, in one buffer: a slot a term's head shows is read back
  // from it. Kept as objects, the slots would be most of what the heap holds while terms are written.
  const slotBytes = new Uint8Array(records * SLOT_BYTES)
  const branchStart = new Uint32Array(records + 1)
  const branches: number[] = []
  ranked.forEach((key, doc) => {
    const b = key.branches.map(branchIndex).sort((x, y) => x - y)
    const language = languageOf[doc]!
    writeSlot(drafts.slotJson(read[doc]!, b, language), tag, slotBytes.subarray(doc * SLOT_BYTES, (doc + 1) * SLOT_BYTES))
    branches.push(...b)
    branchStart[doc + 1] = branches.length
  })
  drafts.clear()
  const slotOf = (doc: number): Slot => decodeSlot(slotBytes.subarray(doc * SLOT_BYTES, (doc + 1) * SLOT_BYTES)).slot
  const perFile = Math.floor(PART_BYTES / SLOT_BYTES)
  const slotFiles: string[] = []
  for (let first = 0; first < records || first === 0; first += perFile) {
    slotFiles.push(hashedFile(dir, `slots-${slotFiles.length}`, slotBytes.subarray(first * SLOT_BYTES, Math.min(records, first + perFile) * SLOT_BYTES)))
    if (records === 0) break
  }

  const years = ranked.map((key) => key.year).filter((year) => year >= 0)
  const firstYear = years.length > 0 ? Math.min(...new Set(years)) : 0
  const lastYear = years.length > 0 ? Math.max(...new Set(years)) : 0
  const facets: RecordFacets = {
    branchStart,
    branches: Uint32Array.from(branches),
    class: classOf,
    firstYear,
    language: languageOf,
    sizes: { branch: values.branch.length, class: values.class.length, language: values.language.length, year: lastYear - firstYear + 1 },
    year: Int32Array.from(ranked, (key) => (key.year < 0 ? -1 : key.year - firstYear)),
  }
  const facetCounts = facetCounter(facets)
  const context: TermContext = { facetCounts, ...(numberOf ? { numberOf } : {}), ownTop: !segment, slotOf, tag }
  const ids = ranked.map((key) => key.id)

  const { workerThreads } = collector
  progress(`  collecting terms${workerThreads > 0 ? ` in ${workerThreads} worker thread${workerThreads > 1 ? 's' : ''}` : ''}`)
  const termsOf = mergeShares(await collector.finish(ids))
  ids.length = 0
  const { terms } = termsOf
  const postingsCount = termsOf.counts.reduce((sum, count) => sum + count, 0)

  // A delta's segments have no pairs: their few records are read whole.
  const pairsFrom = pairedFrom(termsOf.counts, (n) => typedTerm(terms[n]!), records, TOP_FROM)
  const paired = segment ? [] : [...terms.keys()].filter((n) => termsOf.counts[n]! >= pairsFrom && typedTerm(terms[n]!))
  if (paired.length > 0) progress(`  pairing ${paired.length} common terms`)
  // A pair has a head and no postings: its first page, and every record when it has few enough to page through.
  const encodePair = (pair: TermPair): EncodedTerm => {
    const { docs, tiers } = rankedRecords(pair)
    const top = Array.from(docs.subarray(0, PAGE_SIZE), (doc, n) => ({ doc, slot: slotOf(doc), tier: tiers[n]! }))
    const content: Head = { counts: facetCounts(docs), n: docs.length, tag, top }
    if (docs.length <= TOP_FROM) content.docs = Array.from(docs)
    const [bytes, flags] = encodeHead(content)
    return { bytes, count: docs.length, flags, headBytes: bytes.length, postingsBytes: 0 }
  }
  // Pairs are written as terms of their own, numbered after the terms; each encoded as it comes.
  const pairHeads: EncodedTerm[] = []
  const pairNames: string[] = []
  for (const pair of termPairs(paired, termsOf.postings, records)) {
    pairHeads.push(encodePair(pair))
    pairNames.push(pairTerm(terms[pair.first]!, terms[pair.second]!))
  }
  const termCount = terms.length
  const names = [...terms, ...pairNames]
  terms.length = 0

  progress(`  writing ${termCount.toLocaleString('en-US')} terms (${postingsCount.toLocaleString('en-US')} postings) and ${pairHeads.length.toLocaleString('en-US')} pairs`)
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
  const tops = segment?.tops
  const givenTopOf = tops ? (n: number) => tops.get(names[n]!) : () => undefined
  if (!tops) names.length = 0
  const capacity = loads.reduce((most, load) => Math.max(most, load), 1)
  const bucketBytes = bytesOfBucket(capacity)
  const dictionary = new Uint8Array(buckets * bucketBytes)
  const dictionaryView = new DataView(dictionary.buffer)
  for (let bucket = 0; bucket < buckets; bucket += 1) dictionary.set(tagBytes(tag), bucket * bucketBytes)
  const filled = new Uint32Array(buckets)
  const postingsOut = new PartWriter(dir, 'postings')

  // Terms in the order of their place, whatever order they were collected in: the same catalog
  // always makes the same files.
  const order = Uint32Array.from(bucketOf.keys()).sort((a, b) => bucketOf[a]! - bucketOf[b]! || fingerprintOf[a]! - fingerprintOf[b]!)
  const place = (n: number, { bytes, count, flags, headBytes, postingsBytes }: EncodedTerm) => {
    const { offset, part } = postingsOut.add(bytes)
    const bucket = bucketOf[n]!
    writeEntry(dictionaryView, bucket * bucketBytes + TAG_BYTES + filled[bucket]! * ENTRY_BYTES, { count, fingerprint: fingerprintOf[n]!, flags, headBytes, offset, part, postingsBytes })
    filled[bucket]! += 1
  }
  const encode = (n: number) => (n < termCount ? encodeTerm(termsOf.postings(n), context, givenTopOf(n)) : pairHeads[n - termCount]!)
  for (const n of order) place(n, encode(n))
  postingsOut.flush()

  const bucketsPerPart = Math.max(1, Math.floor(PART_BYTES / bucketBytes))
  const dictionaryFiles: string[] = []
  for (let first = 0; first < buckets; first += bucketsPerPart) {
    dictionaryFiles.push(hashedFile(dir, `dictionary-${dictionaryFiles.length}`, dictionary.subarray(first * bucketBytes, (first + bucketsPerPart) * bucketBytes)))
  }

  const groupsBytes = deflateRawSync(writeGroups(tag, groups))
  const manifest: IndexManifest = {
    build: createHash('sha256').update(dictionaryFiles.join()).update(postingsOut.files.join()).update(slotFiles.join()).digest('hex').slice(0, 16),
    counts: facetCounts(Uint32Array.from({ length: records }, (_, doc) => doc)),
    dictionary: { buckets, bucketsPerPart, capacity, files: dictionaryFiles },
    groups: { bytes: groupsBytes.length, file: hashedFile(dir, 'groups', groupsBytes) },
    pairsFrom,
    postings: postingsOut.files,
    records,
    slots: { files: slotFiles, perFile },
    tag,
    values,
    version: FORMAT_VERSION,
  }
  return { manifest, ranked, terms: bucketOf.length }
}
