/**
 * Test-only: reads the records of a well-formed UTF-8 ISO 2709 fixture of tests/fixtures/marc/,
 * enough for the normaliser's tests, which so do not depend on the importer's reader
 * (`marc/iso2709.ts`). Knows no MARC-8, no GB18030 and no broken records.
 */
import { readFileSync } from 'node:fs'

import type { MarcRecord } from '../../marc/types'

const text = (bytes: Buffer) => bytes.toString('utf8')

/** The records of an ISO 2709 file, in file order. */
export function readIso2709Fixture(path: URL): MarcRecord[] {
  const file = readFileSync(path)
  const records: MarcRecord[] = []
  for (let start = 0; start < file.length; ) {
    const end = file.indexOf(0x1d, start)
    if (end === -1) break
    const record = file.subarray(start, end)
    start = end + 1
    const base = Number(text(record.subarray(12, 17)))
    const directory = text(record.subarray(24, base - 1))
    const parsed: MarcRecord = { controlFields: [], dataFields: [], leader: text(record.subarray(0, 24)) }
    for (let entry = 0; entry < directory.length; entry += 12) {
      const tag = directory.slice(entry, entry + 3)
      const length = Number(directory.slice(entry + 3, entry + 7))
      const offset = Number(directory.slice(entry + 7, entry + 12))
      const data = text(record.subarray(base + offset, base + offset + length - 1))
      if (tag < '010') parsed.controlFields.push({ tag, value: data })
      else {
        const [indicators = '  ', ...subfields] = data.split('\x1f')
        parsed.dataFields.push({
          ind1: indicators[0] ?? ' ',
          ind2: indicators[1] ?? ' ',
          subfields: subfields.map((subfield) => ({ code: subfield.slice(0, 1), value: subfield.slice(1) })),
          tag,
        })
      }
    }
    records.push(parsed)
  }
  return records
}
