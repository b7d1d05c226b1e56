/** File-system error codes that mean the disk, not the data, is at fault, in words for staff. */
const DISK_PROBLEMS: [code: string, pattern: RegExp, words: string][] = [
  ['ENOSPC', /ENOSPC|No space left on device|os error 28\b|SQLITE_FULL|database or disk is full/i, 'The disk is full (no space left on device)'],
  ['EDQUOT', /EDQUOT|Disk quota exceeded|os error 122\b/i, 'The disk quota is used up'],
  ['EIO', /\bEIO\b|Input\/output error|os error 5\b/i, 'The disk could not be read or written (input/output error)'],
  ['EROFS', /EROFS|Read-only file system|os error 30\b/i, 'The disk is read-only'],
]

/**
 * What an error says about the disk, in plain words ("The disk is full …"), or undefined when
 * it is not a disk problem. Reads Node's error codes and the messages other tools (Pagefind,
 * SQLite, tar) print for the same faults.
 */
export function diskProblem(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error)
  return DISK_PROBLEMS.find(([known, pattern]) => code === known || pattern.test(text))?.[2]
}
