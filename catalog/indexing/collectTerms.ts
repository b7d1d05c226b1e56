/**
 * The postings of every term of a catalog, collected while its records are read: finding a
 * record's terms (pinyin, the other Chinese script, pairs of characters) is most of an import's
 * work, so worker threads take batches of records as they come and the machine's cores share it.
 * Records are numbered in the order they are added; record numbers proper (static rank order,
 * known once every record is read) replace them at the end.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import type { CatalogRecord } from '../contract'
import { PostingsCollector } from './postingsCollector'
import { recordTerms } from './recordTerms'

/** A share of the postings grouped by term: term `t`'s are `values[start[t]]` up to `values[start[t + 1]]`, each a record number × 4 + tier, in record-number order. */
export type CollectedTerms = { start: Uint32Array; terms: string[]; values: Uint32Array }

/** The terms of the records one thread is given, numbered in the order they were added. */
export class TermsOfLines {
  private readonly collector = new PostingsCollector()

  /** Adds records (their lines in a records file) numbered from `first`. */
  add(first: number, lines: string[]): void {
    lines.forEach((line, n) => {
      this.collector.startRecord(first + n)
      for (const [term, tier] of recordTerms(JSON.parse(line) as CatalogRecord)) this.collector.add(term, tier)
    })
  }

  /** The postings, the records numbered in the order they were added. Ends the collection. */
  collected(): CollectedTerms {
    const { start, values } = this.collector.group()
    return { start, terms: this.collector.terms.terms(), values }
  }
}

/**
 * `collected` with its records renumbered: the one added n-th becomes `numbers[n]`, or is left
 * out when that is -1 (a record a later one replaced), and so is a term no record has left.
 * Reuses `collected`'s arrays.
 */
export function renumbered({ start, terms: collectedTerms, values }: CollectedTerms, numbers: Int32Array): CollectedTerms {
  const terms: string[] = []
  let kept = 0
  for (let term = 0; term < collectedTerms.length; term += 1) {
    const first = kept
    for (let at = start[term]!; at < start[term + 1]!; at += 1) {
      const number = numbers[values[at]! >>> 2]!
      if (number >= 0) values[kept++] = number * 4 + (values[at]! & 3)
    }
    if (kept === first) continue
    values.subarray(first, kept).sort()
    start[terms.length] = first
    terms.push(collectedTerms[term]!)
  }
  start[terms.length] = kept
  return { start: start.subarray(0, terms.length + 1), terms, values: values.subarray(0, kept) }
}

/** Records a batch holds: fewer messages, and a batch is still small. */
const BATCH = 500
/** Batches a worker may have waiting: with more, whoever adds records waits for the workers. */
const MOST_PENDING = 4
/** Records held before workers start: for a small catalog, starting workers would take longer than collecting its terms here. */
const WORKERS_FROM = 20_000

type Batch = { first: number; lines: string[] }

/**
 * Collects the terms of records as they are added, in worker threads (by default one per core but
 * this one's, three at most, once a catalog is large; in this thread for a small one), gets them
 * back when the adding ends (`collect`), and renumbers them (`finish`). This thread, which reads
 * the records, collects none of a large catalog's terms: each thread that does keeps every term
 * it meets, and the memory with it.
 * `close` ends the workers whatever happened.
 */
export class TermCollector {
  private added: string[] = []
  private batch: string[] = []
  /** Batches waiting for the workers to start: until a catalog is known to be large, they are held here. */
  private held: Batch[] = []
  private here: TermsOfLines | undefined
  /** What each thread collected, once the adding has ended. */
  private collected: CollectedTerms[] | undefined
  private pending = 0
  private waiting: { reject: (error: Error) => void; resolve: () => void } | undefined
  private failure: Error | undefined
  private turn = 0
  private readonly workers: Worker[] = []
  private readonly startWorkersAt: number
  private readonly workersWanted: number

  /**
   * `workers`: that many worker threads, 0 for this thread only; started once `workersFrom`
   * records are added (by default from the first record when `workers` is given, else from WORKERS_FROM).
   */
  constructor({ workers, workersFrom }: { workers?: number; workersFrom?: number } = {}) {
    this.workersWanted = workers ?? Math.min(Math.max(1, os.availableParallelism() - 1), 3)
    this.startWorkersAt = workersFrom ?? (workers === undefined ? WORKERS_FROM : 0)
  }

  /** Worker threads started: none for a small catalog. */
  get workerThreads(): number {
    return this.workers.length
  }

  private startWorkers(): void {
    for (let n = 0; n < this.workersWanted; n += 1) {
      // The worker runs TypeScript as the command that started it does (tsx).
      const worker = new Worker(new URL('./termsWorker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] })
      worker.on('message', (message: unknown) => {
        if (message !== 'added') return
        this.pending -= 1
        if (this.waiting && !this.full) {
          this.waiting.resolve()
          this.waiting = undefined
        }
      })
      worker.once('error', (error) => this.fail(error))
      worker.once('exit', (code) => code !== 0 && this.fail(new Error(`A worker collecting catalog terms stopped with exit code ${code}`)))
      this.workers.push(worker)
    }
  }

  private get full(): boolean {
    return this.workers.length > 0 && this.pending >= MOST_PENDING * this.workers.length
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.waiting?.reject(error)
    this.waiting = undefined
  }

  /** Adds a record: its id and its line in the records file. When the workers have enough waiting, returns a promise to await before adding more. */
  add(id: string, line: string): Promise<void> | undefined {
    if (this.collected) throw new Error('Records added to a term collector after its terms were collected')
    this.added.push(id)
    this.batch.push(line)
    if (this.batch.length < BATCH) return undefined
    this.send()
    return this.full ? new Promise((resolve, reject) => (this.waiting = { reject, resolve })) : undefined
  }

  private send(): void {
    if (this.failure) throw this.failure
    const batch = { first: this.added.length - this.batch.length, lines: this.batch }
    this.batch = []
    if (this.workersWanted === 0) return this.collectHere(batch)
    this.held.push(batch)
    if (this.workers.length === 0) {
      if (this.added.length < this.startWorkersAt) return
      this.startWorkers()
    }
    for (const held of this.held.splice(0)) {
      this.pending += 1
      this.workers[this.turn++ % this.workers.length]!.postMessage(held)
    }
  }

  private collectHere({ first, lines }: Batch): void {
    this.here ??= new TermsOfLines()
    this.here.add(first, lines)
  }

  /**
   * Ends the adding: the workers send back the postings they collected and stop, so that their
   * memory is free for whatever comes before `finish` (the index's other files).
   */
  async collect(): Promise<void> {
    if (this.collected) return
    if (this.batch.length > 0) this.send()
    // A catalog too small to start workers for.
    for (const held of this.held.splice(0)) this.collectHere(held)
    if (this.failure) throw this.failure
    const shares = this.workers.map(
      (worker) =>
        new Promise<CollectedTerms>((resolve, reject) => {
          worker.on('message', (message: unknown) => message !== 'added' && resolve(message as CollectedTerms))
          worker.once('error', reject)
          worker.once('exit', (code) => reject(new Error(`A worker collecting catalog terms stopped with exit code ${code}`)))
          worker.postMessage('collected')
        }),
    )
    this.collected = [...(this.here ? [this.here.collected()] : []), ...(await Promise.all(shares))]
    this.here = undefined
    this.close()
  }

  /**
   * The postings of the records `ids` (in record-number order), a share a thread: each record
   * added is numbered by its place in `ids`; of an id added twice, the later record counts.
   */
  async finish(ids: string[]): Promise<CollectedTerms[]> {
    await this.collect()
    const numberOf = new Map(ids.map((id, n) => [id, n]))
    const numbers = new Int32Array(this.added.length).fill(-1)
    for (let n = this.added.length - 1; n >= 0; n -= 1) {
      const number = numberOf.get(this.added[n]!)
      if (number === undefined) continue
      numbers[n] = number
      numberOf.delete(this.added[n]!)
    }
    if (numberOf.size > 0) throw new Error(`The terms of record ${numberOf.keys().next().value} were not collected`)
    this.added = []
    const shares = this.collected!.map((share) => renumbered(share, numbers))
    this.collected = []
    return shares
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate()
  }
}
