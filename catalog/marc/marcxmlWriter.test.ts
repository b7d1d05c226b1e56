import { describe, expect, it } from 'vitest'

import { readMarcXmlFixture } from '../normalize/testing/marcXmlFixture'
import { readMarcXml } from './marcxml'
import { marcXml } from './marcxmlWriter'

const fixture = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)

/** The records the project's own MARCXML reader reads from a document. */
async function readBack(xml: string) {
  const records = []
  for await (const result of readMarcXml('record.xml', {
    chunks: (async function* () {
      yield Buffer.from(xml)
    })(),
  })) {
    if (!result.ok) throw new Error(result.reason)
    records.push(result.record)
  }
  return records
}

describe('marcXml', () => {
  it('writes records that read back as they were: traject’s 30 MARC21 records and dp2’s CNMARC ones', async () => {
    for (const name of ['test_data.utf8.marc.xml', 'sample_cnmarcxml.xml']) {
      // dp2 writes its leaders' blanks as "-", which the reader takes for blanks.
      for (const record of readMarcXmlFixture(fixture(name)))
        expect(await readBack(marcXml(record))).toEqual([{ ...record, leader: record.leader.replace(/-/g, ' ') }])
    }
  })

  it('escapes markup in values and leaves out the control characters XML cannot hold', async () => {
    const record = {
      controlFields: [{ tag: '001', value: 'x1' }],
      dataFields: [{ ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'A <b> & "c"\u0001' }], tag: '245' }],
      leader: '00000nam a2200000 a 4500',
    }
    const xml = marcXml(record)
    expect(xml).toContain('<subfield code="a">A &lt;b&gt; &amp; &quot;c&quot;</subfield>')
    expect((await readBack(xml))[0]!.dataFields[0]!.subfields[0]!.value).toBe('A <b> & "c"')
  })
})
