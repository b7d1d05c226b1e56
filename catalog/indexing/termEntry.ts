/**
 * A term's bytes in a postings file (its head, when it has one, then its postings) and what its
 * dictionary entry says of them: the one place a term is encoded, whichever thread writes it.
 */
import { deflateRawSync } from 'node:zlib'

import { appendPostings, ByteWriter, COUNTS_FROM, type FacetCounts, HAS_HEAD, HEAD_DEFLATED, type Head, type HeadHit, PAGE_SIZE, POSTINGS_DEFLATED, type Slot, tagBytes, TOP_FROM } from '../search/format'

/** Heads and postings smaller than this are stored as they are: compressing them gains nothing. */
const DEFLATE_FROM = 128

/** Stored compressed when that is smaller: returns the bytes and whether they are deflated. */
export function packed(bytes: Uint8Array): [Uint8Array, boolean] {
  if (bytes.length < DEFLATE_FROM) return [bytes, false]
  // An output buffer the size of the input: the default (16 KiB) would stay behind each small result until collected.
  const deflated = deflateRawSync(bytes, { chunkSize: Math.max(64, bytes.length) })
  return deflated.length < bytes.length ? [deflated, true] : [bytes, false]
}

const encoder = new TextEncoder()

/** A head's bytes, deflated when that is smaller, and the entry flags that say so. */
export function encodeHead(content: Head): [Uint8Array, number] {
  const [bytes, deflated] = packed(encoder.encode(JSON.stringify(content)))
  return [bytes, HAS_HEAD | (deflated ? HEAD_DEFLATED : 0)]
}

/**
 * What encoding a term needs beyond its postings. A delta's segment (writeDelta.ts) shows no first
 * page of its own (`ownTop` false) and writes its records under the numbers `numberOf` gives.
 */
export type TermContext = { facetCounts: (docs: ArrayLike<number>) => FacetCounts; numberOf?: Uint32Array; ownTop: boolean; slotOf: (doc: number) => Slot; tag: number }

/** A term's bytes (valid until the next term is encoded: copy them) and its dictionary entry's sizes. */
export type EncodedTerm = { bytes: Uint8Array; count: number; flags: number; headBytes: number; postingsBytes: number }

// Reused from term to term: most terms are a few bytes, and a new buffer for each is most of the garbage collector's work.
let docs = new Uint32Array(1 << 16)
const postingsOut = new ByteWriter()
const termOut = new ByteWriter()
let tagOf: { bytes: Uint8Array; tag: number } | undefined

/** A term's records, tier by tier, each tier in record-number order (valid until the next call), and where each tier ends. */
function byTier(postings: Uint32Array): { all: Uint32Array; ends: number[] } {
  const count = postings.length
  if (docs.length < count) docs = new Uint32Array(count)
  const ends = [0, 0, 0]
  for (let i = 0; i < count; i += 1) ends[postings[i]! & 3]! += 1
  ends[1]! += ends[0]!
  ends[2]! += ends[1]!
  const next = [0, ends[0]!, ends[1]!]
  for (let i = 0; i < count; i += 1) docs[next[postings[i]! & 3]!++] = postings[i]! >>> 2
  return { all: docs.subarray(0, count), ends }
}

/** The records whose slots a term's head shows (none for most terms). */
export const topOf = (postings: Uint32Array): Uint32Array => (postings.length > TOP_FROM ? byTier(postings).all.slice(0, PAGE_SIZE) : new Uint32Array(0))

/**
 * Encodes a term's postings: each a record number × 4 + tier, in record-number order. `givenTop`:
 * the first page its head shows in place of its own (a delta's segment carries the corrected one).
 */
export function encodeTerm(postings: Uint32Array, { facetCounts, numberOf, ownTop, slotOf, tag }: TermContext, givenTop?: HeadHit[]): EncodedTerm {
  const count = postings.length
  const { all, ends } = byTier(postings)
  termOut.length = 0
  let flags = 0
  if (count > COUNTS_FROM || givenTop) {
    const content: Head = { counts: facetCounts(all), n: count, tag }
    if (givenTop) content.top = givenTop
    else if (count > TOP_FROM && ownTop) content.top = Array.from(all.subarray(0, PAGE_SIZE), (doc, n) => ({ doc, slot: slotOf(doc), tier: n < ends[0]! ? 0 : n < ends[1]! ? 1 : 2 }))
    const [head, headFlags] = encodeHead(content)
    termOut.append(head)
    flags |= headFlags
  }
  const tiers = [all.subarray(0, ends[0]), all.subarray(ends[0], ends[1]), all.subarray(ends[1], count)]
  if (numberOf) {
    for (let n = 0; n < count; n += 1) all[n] = numberOf[all[n]!]!
    for (const tier of tiers) tier.sort()
  }
  const headLength = termOut.length
  if (tagOf?.tag !== tag) tagOf = { bytes: tagBytes(tag), tag }
  postingsOut.length = 0
  appendPostings(postingsOut, tagOf.bytes, tiers)
  const [body, deflated] = packed(postingsOut.view())
  if (deflated) flags |= POSTINGS_DEFLATED
  termOut.append(body)
  return { bytes: termOut.view(), count, flags, headBytes: headLength, postingsBytes: body.length }
}
