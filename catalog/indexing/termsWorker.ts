/**
 * One worker of collectTerms: the terms of a range of record numbers. It reads the records file
 * itself, so that no record is copied between threads, and sends back its postings grouped by
 * term, in typed arrays moved, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { collectRange, type RangeTask } from './collectTerms'

const task = workerData as RangeTask
const collected = await collectRange(task)
parentPort!.postMessage(collected, [collected.start.buffer as ArrayBuffer, collected.values.buffer as ArrayBuffer])
