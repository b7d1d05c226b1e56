import fs from 'node:fs'
import path from 'node:path'
import { once } from 'node:events'

import type { RecordSpool } from './recordSpool'
import { type CatalogChanges, compareIds, RECORDS_FILE, recordIdOfLine, recordLines } from './store'

/**
 * Writes the records file of an incremental import into `build`: the previous catalog's lines,
 * copied as they are (not parsed), with the records of `imported` put in their place by id, and
 * without those the export marks `deleted`. Returns what changed (the records not imported count
 * as unchanged), and the ids of the records new, changed or removed: a line that differs is a
 * record that does.
 */
export async function mergeRecords(
  build: string,
  previousFile: string | undefined,
  imported: RecordSpool,
  deleted: ReadonlySet<string> = new Set(),
): Promise<CatalogChanges & { changedIds: Set<string> }> {
  const changes = { added: 0, changedIds: new Set<string>(), removed: 0, unchanged: 0, updated: 0 }
  const incoming = imported.sortedIds().filter((id) => !deleted.has(id))
  const out = fs.createWriteStream(path.join(build, RECORDS_FILE))
  const failed = new Promise<never>((_, reject) => out.once('error', reject))
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed])
  }
  let next = 0
  const writeIncomingBefore = async (id: string | undefined) => {
    while (next < incoming.length && (id === undefined || compareIds(incoming[next]!, id) < 0)) {
      changes.added += 1
      changes.changedIds.add(incoming[next]!)
      await write(imported.line(incoming[next++]!)!)
    }
  }
  if (previousFile) {
    for await (const line of recordLines(previousFile)) {
      const id = recordIdOfLine(line)
      await writeIncomingBefore(id)
      if (deleted.has(id)) {
        changes.removed += 1
        changes.changedIds.add(id)
        continue
      }
      if (next < incoming.length && incoming[next] === id) {
        const replacement = imported.line(incoming[next++]!)!
        if (replacement === line) changes.unchanged += 1
        else {
          changes.updated += 1
          changes.changedIds.add(id)
        }
        await write(replacement)
      } else {
        changes.unchanged += 1
        await write(line)
      }
    }
  }
  await writeIncomingBefore(undefined)
  out.end()
  await Promise.race([once(out, 'finish'), failed])
  return changes
}
