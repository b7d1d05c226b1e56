import { describe, expect, it } from 'vitest'

import type { RecordWarning } from '../marc/types'
import { alternateScriptFields } from './alternateScript'
import { readIso2709Fixture } from './testing/iso2709Fixture'
import { field } from './testing/records'

/** Johns Hopkins' record 4083985, with Hebrew 880s of 100, 245 and 260 (traject's hebrew880s.marc, MIT). */
const [anarchyInZion] = readIso2709Fixture(new URL('../../tests/fixtures/marc/hebrew880s.marc', import.meta.url))

describe('alternateScriptFields', () => {
  it('gives each 880 the tag its $6 links it to, with its indicators and without $6', () => {
    const warnings: RecordWarning[] = []
    const fields = alternateScriptFields(anarchyInZion!, warnings)
    expect(fields.map((f) => `${f.tag}${f.ind1}${f.ind2}`)).toEqual(['1001 ', '24510', '260  '])
    expect(fields[1]!.subfields.map((s) => s.code)).toEqual(['a', 'b', 'c'])
    expect(warnings).toEqual([])
  })

  it('reads an 880 that links to no field of the record (occurrence 00), and leaves out one without a link, with a warning', () => {
    const warnings: RecordWarning[] = []
    const record = {
      ...anarchyInZion!,
      dataFields: [field('880', [['6', '505-00/(2/r'], ['a', 'תוכן']], '0', ' '), field('880', [['6', '24510'], ['a', 'אנרכיזם']], '1', '0')],
    }
    expect(alternateScriptFields(record, warnings).map((f) => f.tag)).toEqual(['505'])
    expect(warnings).toEqual([{ field: '880', message: '880 whose $6 "24510" links it to no field: left out' }])
  })
})
