/**
 * Counts a build's records per CLC class, three levels down (`classes.json`, ClassCounts), for
 * the page that browses the catalog by class. Read from the records file as it is: each line's
 * class number is found without parsing the line, whose MARC record makes most of it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { CLASSES_FILE, type ClassCounts } from '../contract'
import { clcLevels } from '../normalize/clc'
import { recordLines, RECORDS_FILE } from '../store'

/** A record line's class number: the key comes after `authors`, which every line starts with; a quote inside a value is escaped. */
const CLC_VALUE = /,"clc":"((?:[^"\\]|\\.)*)"/u

export async function writeClassCounts(build: string): Promise<ClassCounts> {
  const counts: ClassCounts = {}
  for await (const line of recordLines(path.join(build, RECORDS_FILE))) {
    const value = CLC_VALUE.exec(line)?.[1]
    if (value === undefined) continue
    for (const level of clcLevels(JSON.parse(`"${value}"`) as string)) counts[level] = (counts[level] ?? 0) + 1
  }
  fs.writeFileSync(path.join(build, CLASSES_FILE), JSON.stringify(counts))
  return counts
}
