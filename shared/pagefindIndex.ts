import * as pagefind from 'pagefind'
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind'

/** Fails with every error Pagefind reported for `step`, which its Node API returns instead of throwing. */
export function checkPagefind(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`)
}

/**
 * Creates a Pagefind index with `config`, hands it to `work` and returns what `work` returns.
 * Pagefind is closed afterwards whatever happened: closing stops its indexing process, and with
 * it the memory the index took. Starting fails like any step, with Pagefind's errors.
 */
export async function withPagefindIndex<T>(config: PagefindServiceConfig, work: (index: PagefindIndex) => Promise<T>): Promise<T> {
  try {
    const { errors, index } = await pagefind.createIndex(config)
    checkPagefind('start', errors)
    return await work(index!)
  } finally {
    await pagefind.close()
  }
}
