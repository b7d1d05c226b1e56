/**
 * One worker of writeAllPages (recordPages.ts): it writes the pages of the batches of records
 * it is sent (their lines), and answers each batch with the files and bytes written so far.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { PageWriter, type PageTarget } from './pageWriter'
import type { RecordShell } from './recordShell'

const { sample, shells, target } = workerData as { sample: boolean; shells: RecordShell[]; target: PageTarget }
const writer = new PageWriter(shells, target, false, sample)
parentPort!.on('message', (lines: string[]) => {
  try {
    for (const line of lines) writer.writeRecord(line)
    parentPort!.postMessage({ bytes: writer.bytes, files: writer.files })
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message })
  }
})
