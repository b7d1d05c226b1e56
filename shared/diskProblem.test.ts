import { describe, expect, it } from 'vitest'

import { diskProblem } from './diskProblem'

const errno = (code: string, message: string) => Object.assign(new Error(message), { code })

describe('diskProblem', () => {
  it("names a full disk, whichever tool met it: Node, SQLite or Pagefind's indexer", () => {
    expect(diskProblem(errno('ENOSPC', 'ENOSPC: no space left on device, write'))).toBe('The disk is full (no space left on device)')
    expect(diskProblem(new Error('SQLITE_FULL: database or disk is full'))).toBe('The disk is full (no space left on device)')
    expect(diskProblem(new Error('Pagefind could not write the index:\nNo space left on device (os error 28)'))).toBe('The disk is full (no space left on device)')
  })

  it('names a failing, read-only or over-quota disk', () => {
    expect(diskProblem(errno('EIO', 'EIO: i/o error, write'))).toBe('The disk could not be read or written (input/output error)')
    expect(diskProblem(new Error('Input/output error (os error 5)'))).toBe('The disk could not be read or written (input/output error)')
    expect(diskProblem(errno('EROFS', 'EROFS: read-only file system, open'))).toBe('The disk is read-only')
    expect(diskProblem(errno('EDQUOT', 'EDQUOT: disk quota exceeded'))).toBe('The disk quota is used up')
  })

  it('says nothing of other errors', () => {
    expect(diskProblem(errno('ENOENT', 'ENOENT: no such file or directory'))).toBeUndefined()
    expect(diskProblem(new Error('the leader gives the record length as 1914 bytes'))).toBeUndefined()
    expect(diskProblem(undefined)).toBeUndefined()
  })
})
