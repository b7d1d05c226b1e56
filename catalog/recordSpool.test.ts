import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { RecordSpool } from './recordSpool'
import { compareIds, contentHash } from './store'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-spool-'))
const lineOf = (id: string, text: string) => JSON.stringify({ id, title: text })

describe('the record spool of an import', () => {
  it('keeps the latest line of each id, writes them sorted as a records file, and gives back every line in the order added', () => {
    const spool = new RecordSpool(path.join(dir, 'spool.ndjson'))
    // Ids out of order, some in runs, Chinese text, lines long enough to fill several blocks.
    const ids = Array.from({ length: 3000 }, (_, n) => `rec-${String((n * 7919) % 3000).padStart(5, '0')}`)
    const added: [string, string][] = []
    for (const [n, id] of ids.entries()) {
      const line = lineOf(id, `${'醴陵瓷器'.repeat(n % 50)} ${n}`)
      expect(spool.add(id, line)).toBe(contentHash(line))
      added.push([id, line])
    }
    for (const id of ['rec-00005', 'rec-02999']) {
      const line = lineOf(id, 'a later record with the same id')
      spool.add(id, line)
      added.push([id, line])
    }
    expect(spool.size).toBe(3000)
    expect(spool.line('rec-00005')).toBe(lineOf('rec-00005', 'a later record with the same id'))
    expect(spool.line('missing')).toBeUndefined()
    expect([...spool.added()]).toEqual(added)
    expect(spool.hashes().get('rec-02999')).toBe(contentHash(lineOf('rec-02999', 'a later record with the same id')))

    const file = path.join(dir, 'records.ndjson')
    spool.writeSorted(file)
    const latest = new Map(added)
    const expected = [...latest.keys()].sort(compareIds).map((id) => `${latest.get(id)}\n`)
    expect(fs.readFileSync(file, 'utf8')).toBe(expected.join(''))
    spool.close()
    expect(fs.existsSync(path.join(dir, 'spool.ndjson'))).toBe(false)
  })

  it('copies a run of records that were added in id order at once, and still right', () => {
    const spool = new RecordSpool(path.join(dir, 'ordered.ndjson'))
    const lines = Array.from({ length: 5000 }, (_, n) => lineOf(`id-${String(n).padStart(5, '0')}`, 'x'.repeat(400)))
    lines.forEach((line, n) => spool.add(`id-${String(n).padStart(5, '0')}`, line))
    spool.writeSorted(path.join(dir, 'ordered-records.ndjson'))
    expect(fs.readFileSync(path.join(dir, 'ordered-records.ndjson'), 'utf8')).toBe(lines.map((line) => `${line}\n`).join(''))
    spool.close()
  })
})
