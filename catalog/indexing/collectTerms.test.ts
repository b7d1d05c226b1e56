import { describe, expect, it } from 'vitest'

import { normalizeRecord } from '../normalize'
import { lineOf } from '../store'
import { loadBranches } from '../synthetic/branches'
import { createRecordMaker } from '../synthetic/record'
import { loadWords } from '../synthetic/words'
import { type CollectedTerms, TermCollector } from './collectTerms'

const makeRecord = createRecordMaker({ branches: loadBranches(), seed: 'collect-terms', words: loadWords() })
const records = Array.from({ length: 1500 }, () => {
  const normalized = normalizeRecord(makeRecord())
  if (!normalized.ok) throw new Error(normalized.reason)
  return normalized.record
})

/** Every term's postings, whichever thread collected them, as `term → sorted values`. */
function byTerm(shares: CollectedTerms[]): Map<string, number[]> {
  const all = new Map<string, number[]>()
  for (const { start, terms, values } of shares) {
    terms.forEach((term, t) => all.set(term, [...(all.get(term) ?? []), ...values.subarray(start[t], start[t + 1])]))
  }
  for (const list of all.values()) list.sort((a, b) => a - b)
  return all
}

/** Adds the records (the first 100 twice, the first time with another title), waiting whenever told to, and collects. */
async function collect(collector: TermCollector): Promise<Map<string, number[]>> {
  try {
    for (const record of records.slice(0, 100)) await collector.add(record.id, lineOf({ ...record, title: 'Replaced title' }))
    for (const record of records) await collector.add(record.id, lineOf(record))
    // Numbered in reverse: each record's number comes from the ids given.
    return byTerm(await collector.finish(records.map((record) => record.id).reverse()))
  } finally {
    collector.close()
  }
}

describe('collecting the terms of records as they are added', () => {
  it('gives the same postings in this thread, in workers from the first record, and in workers started part-way', { timeout: 60_000 }, async () => {
    const here = await collect(new TermCollector({ workers: 0 }))
    expect(here.has('replaced')).toBe(false)
    expect(here.get('clc:' + records[0]!.clc!.toLowerCase())).toContain((records.length - 1) * 4 + 2)
    expect(await collect(new TermCollector({ workers: 2 }))).toEqual(here)
    expect(await collect(new TermCollector({ workers: 1, workersFrom: 700 }))).toEqual(here)
  })

  it('fails, rather than waiting for ever, when a worker cannot read a record', { timeout: 60_000 }, async () => {
    const collector = new TermCollector({ workers: 1 })
    const adding = (async () => {
      for (let n = 0; n < 5000; n += 1) await collector.add(`bad-${n}`, 'not a record')
      await collector.finish([])
    })()
    await expect(adding).rejects.toThrow(/JSON/)
    collector.close()
  })
})
