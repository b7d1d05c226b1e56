import { compareIds, recordIdOfLine, recordLines } from './store'

/** How a records file differs from an earlier one: its lines not in the earlier file, and the earlier file's lines not in it. */
export type RecordsDiff = {
  /** Lines of records added or changed, as they are now. */
  newer: string[]
  /** Lines of records changed or removed, as they were. */
  older: string[]
  /** Records changed, added or removed. */
  records: number
}

/**
 * Compares two records files (both sorted by id) line by line, without parsing them. Gives up,
 * returning undefined, once more than `limit` records differ. `visit` sees each line of the
 * current file with its record's id.
 */
export async function diffRecords(earlierFile: string, currentFile: string, limit: number, visit: (id: string, line: string) => void = () => {}): Promise<RecordsDiff | undefined> {
  const diff: RecordsDiff = { newer: [], older: [], records: 0 }
  const earlier = recordLines(earlierFile)[Symbol.asyncIterator]()
  let before = await earlier.next()
  let beforeId = before.done ? undefined : recordIdOfLine(before.value)
  const advance = async () => {
    before = await earlier.next()
    beforeId = before.done ? undefined : recordIdOfLine(before.value)
  }
  try {
    for await (const line of recordLines(currentFile)) {
      const id = recordIdOfLine(line)
      visit(id, line)
      while (beforeId !== undefined && compareIds(beforeId, id) < 0) {
        diff.older.push(before.value as string)
        diff.records += 1
        await advance()
      }
      if (beforeId === id) {
        if (before.value !== line) {
          diff.older.push(before.value as string)
          diff.newer.push(line)
          diff.records += 1
        }
        await advance()
      } else {
        diff.newer.push(line)
        diff.records += 1
      }
      if (diff.records > limit) return undefined
    }
    for (; beforeId !== undefined; await advance()) {
      diff.older.push(before.value as string)
      if (++diff.records > limit) return undefined
    }
    return diff
  } finally {
    await earlier.return?.(undefined)
  }
}
