/**
 * The first pages of the base's heads without the records a delta removes. A common word's head
 * names its first ten records; when some are gone, the records after them are unknown to the
 * reader, which would have to read the word's postings, one more round trip. The delta's writer
 * finds those heads and writes the first ten records left in the removed segment's heads
 * instead (writeDelta.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { CatalogRecord } from '../contract'
import { type HeadHit, PAGE_SIZE, type Tier, TOP_FROM } from '../search/format'
import { IndexSegment, type RangeSource } from '../search/segment'
import type { BaseIndex } from './baseIndex'
import { recordTerms } from './recordTerms'

/** Reads an index's files from disk, each opened once. */
function openFiles(dir: string): { close: () => void; read: RangeSource } {
  const handles = new Map<string, number>()
  return {
    close: () => handles.forEach((handle) => fs.closeSync(handle)),
    read: async (file, start, end) => {
      let handle = handles.get(file)
      if (handle === undefined) handles.set(file, (handle = fs.openSync(path.join(dir, file), 'r')))
      const bytes = new Uint8Array(end - start)
      return bytes.subarray(0, fs.readSync(handle, bytes, 0, bytes.length, start))
    },
  }
}

/** For each term of the records removed (by their base number) whose base head lost records of its first page: the first page left. */
export async function survivingTops(base: BaseIndex, removed: Map<number, CatalogRecord>): Promise<Map<string, HeadHit[]>> {
  const terms = new Set<string>()
  for (const record of removed.values()) for (const term of recordTerms(record).keys()) terms.add(term)
  const files = openFiles(path.join(base.build, 'index'))
  const tops = new Map<string, HeadHit[]>()
  try {
    for (const term of terms) {
      // A segment a term: what it reads is kept, and the postings of common words are large.
      const index = new IndexSegment(base.manifest, files.read)
      const entry = await index.entry(term)
      if (!entry || entry.count <= TOP_FROM) continue
      const head = await index.head(term, entry)
      if (!head.top?.some((hit) => removed.has(hit.doc))) continue
      const left: { doc: number; tier: Tier }[] = []
      ;(await index.termPostings(term, entry)).forEach((docs, tier) => {
        for (let n = 0; n < docs.length && left.length < PAGE_SIZE; n += 1) if (!removed.has(docs[n]!)) left.push({ doc: docs[n]!, tier: tier as Tier })
      })
      tops.set(term, await Promise.all(left.map(async ({ doc, tier }) => ({ doc, slot: await index.slot(doc), tier }))))
    }
  } finally {
    files.close()
  }
  return tops
}
