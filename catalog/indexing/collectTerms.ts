/**
 * The postings of every term of a catalog, collected in worker threads that each take a range of
 * record numbers: finding a record's terms (pinyin, the other Chinese script, pairs of
 * characters) is most of an import's work, and a machine's cores share it.
 */
import { Worker } from 'node:worker_threads'

import type { CatalogRecord } from '../contract'
import { recordIdOfLine, recordLines } from '../store'
import { PostingsCollector } from './postingsCollector'
import { recordTerms } from './recordTerms'

/** What one range's collection needs: the records file and the ids of its records, in record-number order. */
export type RangeTask = { firstDoc: number; ids: string[]; recordsFile: string }

/** A range's postings grouped by term: term `t`'s are `values[start[t]]` up to `values[start[t + 1]]`, each a record number × 4 + tier. */
export type CollectedTerms = { start: Uint32Array; terms: string[]; values: Uint32Array }

/**
 * The postings of a range's records, read one at a time from the records file (which holds them
 * by id, not by number): each term's postings are put in record-number order at the end.
 */
export async function collectRange(task: RangeTask): Promise<CollectedTerms> {
  const numbers = new Map(task.ids.map((id, n) => [id, task.firstDoc + n]))
  const collector = new PostingsCollector()
  for await (const line of recordLines(task.recordsFile)) {
    const id = recordIdOfLine(line)
    const doc = numbers.get(id)
    if (doc === undefined) continue
    numbers.delete(id)
    for (const [term, tier] of recordTerms(JSON.parse(line) as CatalogRecord)) collector.add(term, doc * 4 + tier)
  }
  if (numbers.size > 0) throw new Error(`Record ${numbers.keys().next().value} is not in ${task.recordsFile}`)
  const { start, values } = collector.group()
  for (let term = 0; term < collector.terms.length; term += 1) values.subarray(start[term], start[term + 1]).sort()
  return { start, terms: collector.terms, values }
}

function inWorker(task: RangeTask): Promise<CollectedTerms> {
  return new Promise((resolve, reject) => {
    // The worker runs TypeScript as the command that started it does (tsx).
    const worker = new Worker(new URL('./termsWorker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: task })
    worker.once('message', (collected: CollectedTerms) => {
      resolve(collected)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => code !== 0 && reject(new Error(`A worker collecting catalog terms stopped with exit code ${code}`)))
  })
}

/**
 * Collects the terms of the records `ids` (in record-number order) from the records file, in
 * `workers` threads, or in this one when `workers` is 0. Returns each range's postings, in
 * record-number order.
 */
export async function collectTerms(recordsFile: string, ids: string[], workers: number): Promise<CollectedTerms[]> {
  if (workers === 0) return [await collectRange({ firstDoc: 0, ids, recordsFile })]
  const size = Math.ceil(ids.length / workers)
  const tasks: RangeTask[] = []
  for (let firstDoc = 0; firstDoc < ids.length; firstDoc += size) tasks.push({ firstDoc, ids: ids.slice(firstDoc, firstDoc + size), recordsFile })
  return Promise.all(tasks.map(inWorker))
}
