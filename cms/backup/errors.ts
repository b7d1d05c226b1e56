import { diskProblem } from '../../shared/diskProblem'

/**
 * A backup or restore that was refused or could not be completed, for a reason the person
 * running it can act on. The commands print its message alone, without a stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}

/**
 * A disk fault (full, failing, read-only) met while writing, as a BackupError that says so in
 * plain words and what became of the data; any other error as it is.
 */
export function diskFault(error: unknown, outcome: string): unknown {
  const problem = diskProblem(error)
  if (!problem || error instanceof BackupError) return error
  return new BackupError(`${problem} (${(error as Error).message}). ${outcome}`, { cause: error })
}
