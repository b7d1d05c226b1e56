/**
 * Encodes a run of terms (termEntry.ts) in a worker thread, while the thread that writes the
 * index encodes the others: deflating heads and postings is most of the work of writing them.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { ByteWriter, type Slot } from '../search/format'
import { facetCounter, type RecordFacets } from './facetCounts'
import { encodeTerm } from './termEntry'

/** A run of terms, in the order they are written: term `t`'s postings are `values[start[t]]` up to `values[start[t + 1]]`. */
export type TermsTask = { facets: RecordFacets; slots: [number, Slot][]; start: Uint32Array; tag: number; values: Uint32Array }

/** Each term's bytes one after the other, and for each its record count, flags, head bytes and postings bytes. */
export type EncodedTerms = { bytes: Uint8Array; sizes: Uint32Array }

const task = workerData as TermsTask
const slots = new Map(task.slots)
const context = { facetCounts: facetCounter(task.facets), ownTop: true, slotOf: (doc: number) => slots.get(doc)!, tag: task.tag }
const out = new ByteWriter()
const terms = task.start.length - 1
const sizes = new Uint32Array(terms * 4)
for (let term = 0; term < terms; term += 1) {
  const { bytes, count, flags, headBytes, postingsBytes } = encodeTerm(task.values.subarray(task.start[term], task.start[term + 1]), context)
  out.append(bytes)
  sizes.set([count, flags, headBytes, postingsBytes], term * 4)
}
const encoded: EncodedTerms = { bytes: out.view(), sizes }
parentPort!.postMessage(encoded, [encoded.bytes.buffer as ArrayBuffer, sizes.buffer])
