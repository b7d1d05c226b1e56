/**
 * One worker of a TermCollector: it collects the terms of the batches of records it is sent, and
 * when told the adding has ended, sends back its postings grouped by term, in typed arrays moved,
 * not copied.
 */
import { parentPort } from 'node:worker_threads'

import { TermsOfLines } from './collectTerms'

const terms = new TermsOfLines()
parentPort!.on('message', (message: { first: number; lines: string[] } | 'collected') => {
  if (message !== 'collected') {
    terms.add(message.first, message.lines)
    parentPort!.postMessage('added')
    return
  }
  const collected = terms.collected()
  parentPort!.postMessage(collected, [collected.start.buffer as ArrayBuffer, collected.values.buffer as ArrayBuffer])
})
