/**
 * The first pages of the base's heads without the records a delta removes. A common word's head
 * names its first ten records; when some are gone, the records after them are unknown to the
 * reader, which would have to read the word's postings, one more round trip. The delta's writer
 * finds those heads and writes the first ten records left in the removed segment's heads
 * instead (writeDelta.ts). The base's files are read here as the reader reads them, but from
 * disk at once: the dictionary whole, then a head for each common word of the records removed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { inflateRawSync } from 'node:zlib'

import type { CatalogRecord } from '../contract'
import {
  bucketBytes,
  decodeSlot,
  findEntry,
  type Head,
  HEAD_DEFLATED,
  type HeadHit,
  PAGE_SIZE,
  placeTerm,
  POSTINGS_DEFLATED,
  readPostings,
  SLOT_BYTES,
  type Tier,
  TOP_FROM,
} from '../search/format'
import type { BaseIndex } from './baseIndex'
import { recordTerms } from './recordTerms'

/** For each term of the records removed (by their base number) whose base head lost records of its first page: the first page left. */
export function survivingTops(base: BaseIndex, removed: Map<number, CatalogRecord>): Map<string, HeadHit[]> {
  const dir = path.join(base.build, 'index')
  const { dictionary, postings, slots } = base.manifest
  const dictionaryParts = dictionary.files.map((file) => fs.readFileSync(path.join(dir, file)))
  const handles = new Map<string, number>()
  const read = (file: string, start: number, length: number, deflated = false): Uint8Array => {
    let handle = handles.get(file)
    if (handle === undefined) handles.set(file, (handle = fs.openSync(path.join(dir, file), 'r')))
    const bytes = Buffer.alloc(length)
    fs.readSync(handle, bytes, 0, length, start)
    return deflated ? inflateRawSync(bytes) : bytes
  }
  const entryOf = (term: string) => {
    const { bucket, fingerprint } = placeTerm(term, dictionary.buckets)
    const size = bucketBytes(dictionary.capacity)
    const at = (bucket % dictionary.bucketsPerPart) * size
    return findEntry(dictionaryParts[Math.floor(bucket / dictionary.bucketsPerPart)]!.subarray(at, at + size), fingerprint)
  }
  const slotOf = (doc: number) => decodeSlot(read(slots.files[Math.floor(doc / slots.perFile)]!, (doc % slots.perFile) * SLOT_BYTES, SLOT_BYTES)).slot

  const terms = new Set<string>()
  for (const record of removed.values()) for (const term of recordTerms(record).keys()) terms.add(term)
  const tops = new Map<string, HeadHit[]>()
  try {
    for (const term of terms) {
      const entry = entryOf(term)
      if (!entry || entry.count <= TOP_FROM) continue
      const head = JSON.parse(new TextDecoder().decode(read(postings[entry.part]!, entry.offset, entry.headBytes, Boolean(entry.flags & HEAD_DEFLATED)))) as Head
      if (!head.top?.some((hit) => removed.has(hit.doc))) continue
      const left: HeadHit[] = []
      readPostings(read(postings[entry.part]!, entry.offset + entry.headBytes, entry.postingsBytes, Boolean(entry.flags & POSTINGS_DEFLATED))).postings.forEach((docs, tier) => {
        for (let n = 0; n < docs.length && left.length < PAGE_SIZE; n += 1) if (!removed.has(docs[n]!)) left.push({ doc: docs[n]!, slot: slotOf(docs[n]!), tier: tier as Tier })
      })
      tops.set(term, left)
    }
  } finally {
    handles.forEach((handle) => fs.closeSync(handle))
  }
  return tops
}
