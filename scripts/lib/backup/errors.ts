/**
 * A backup or restore that was refused or could not be completed, for a reason the person
 * running it can act on. The commands print its message alone, without a stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}
