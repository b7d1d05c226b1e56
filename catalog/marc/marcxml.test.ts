import { describe, expect, it } from 'vitest'

import { readIso2709 } from './iso2709'
import { readMarcXml } from './marcxml'
import { fixture, fixtureBytes, readAll, temporaryFile } from './testing/files'
import type { ReadResult } from './types'

const read = (file: string) => readAll(readMarcXml(file))

const subfield = (result: ReadResult | undefined, tag: string, code: string) => {
  if (!result?.ok) throw new Error(`not a read record: ${JSON.stringify(result)}`)
  return result.record.dataFields.find((field) => field.tag === tag)?.subfields.find((s) => s.code === code)?.value
}

const record = (id: string, title: string) =>
  `<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">${id}</controlfield>` +
  `<datafield tag="245" ind1="0" ind2="0"><subfield code="a">${title}</subfield></datafield></record>\n`

describe('readMarcXml', () => {
  it('reads a MARCXML collection without a namespace prefix as the same records as its ISO 2709 twin', async () => {
    const xml = await read(fixture('test_data.utf8.marc.xml'))
    const iso = await readAll(readIso2709(fixture('test_data.utf8.mrc')))
    expect(xml).toHaveLength(30)
    expect(xml.map((result) => result.ok && result.record)).toEqual(iso.map((result) => result.ok && result.record))
  })

  it('reads MARCXML whose elements carry a namespace prefix (marc:record)', async () => {
    const results = await read(fixture('batch.xml'))
    expect(results.map((result) => result.ok)).toEqual([true, true])
    expect(subfield(results[0], '245', 'a')).toBe('The Great Ray Charles')
  })

  it('reads the CNMARC records of a dp2 SRU response out of their envelope, with Chinese titles and blanks for the leader\'s dashes', async () => {
    const results = await read(fixture('sample_cnmarcxml.xml'))
    expect(results).toHaveLength(10)
    expect(results.map((result) => result.position.recordNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(subfield(results[0], '200', 'a')).toBe("'94中国发展报告")
    expect(subfield(results[0], '200', 'A')).toBe("'94Zhong Guo Fa Zhan Bao Gao")
    expect(subfield(results[9], '200', 'a')).toBe('1999 年中国发展状况与趋势')
    expect(results[0]?.ok && results[0].record.leader).toBe('01576nam0 2200409   4500')
    // Byte offsets count the BOM and the Chinese text before each record, byte by byte.
    const bytes = fixtureBytes('sample_cnmarcxml.xml')
    expect(results.map((result) => bytes.toString('utf8', result.position.byteOffset, result.position.byteOffset + 7))).toEqual(Array(10).fill('<record'))
  })

  it('keeps the record with a bad subfield code, dropping that subfield with a warning naming the field, as ISO 2709 does', async () => {
    const results = await read(fixture('three-records-second-bad.xml'))
    expect(results.map((result) => result.ok)).toEqual([true, true, true])
    expect(results[1]).toMatchObject({ position: { byteOffset: 2770, recordNumber: 2 }, warnings: [{ field: '245', message: expect.stringMatching(/^field 245 has a bad subfield code \(U\+0007\); that subfield was dropped: “.*”$/u) }] })
    expect(subfield(results[1], '245', 'a')).toBeDefined()
  })

  it('reads a subfield code written as an accented letter as the letter, so the title is kept', async () => {
    const xml = `<collection>${record('1', 'x').replace('code="a"', 'code="á"').replace('>x<', '>ActivePerl with ASP and ADO /<')}</collection>`
    const [result] = await read(temporaryFile('accented-code.xml', xml))
    expect(subfield(result, '245', 'a')).toBe('ActivePerl with ASP and ADO /')
    expect(result).toMatchObject({ warnings: [{ field: '245', message: 'field 245 has a subfield code written with an accent (“á”); it was read as $a' }] })
  })

  it('keeps the record with a data field that has no subfields, dropping that field with a warning', async () => {
    const results = await read(fixture('broken.xml'))
    expect(results.map((result) => result.ok)).toEqual(Array(10).fill(true))
    expect(results[0]).toMatchObject({ position: { byteOffset: 103, recordNumber: 1 }, warnings: [{ field: '082', message: 'field 082 has no subfields: it was dropped' }] })
    expect(results[0]?.ok && results[0].record.dataFields.some((field) => field.tag === '082')).toBe(false)
  })

  it('a record that breaks the XML is refused with its line, and the records after it are read', async () => {
    const xml = `<collection>\n${record('1', 'one')}${record('2', 'two & three')}${record('3', 'four')}</collection>`
    const results = await read(temporaryFile('ampersand.xml', xml))
    expect(results.map((result) => result.ok)).toEqual([true, false, true])
    expect(results[1]).toMatchObject({ reason: 'the XML is not well-formed: Invalid character in entity name (line 3)' })
  })

  it('never resolves the entities a DTD declares (a file of the machine, an address, a billion laughs): records that use one are refused, saying why', async () => {
    const doctype =
      '<!DOCTYPE collection [\n<!ENTITY host SYSTEM "file:///etc/hostname">\n<!ENTITY remote SYSTEM "http://127.0.0.1:9/x">\n' +
      '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
    const xml = `<?xml version="1.0"?>\n${doctype}<collection>\n${record('1', 'from &host;')}${record('2', '&remote;')}${record('3', '&lol2;')}${record('4', 'plain &amp; kept')}</collection>`
    const results = await read(temporaryFile('entities.xml', xml))
    expect(results.map((result) => result.ok)).toEqual([false, false, false, true])
    for (const refused of results.slice(0, 3)) expect(refused).toMatchObject({ reason: expect.stringMatching(/entity the file declares in its DTD, and such entities are never resolved/) })
    expect(subfield(results[3], '245', 'a')).toBe('plain & kept')
  })

  it('a file that ends inside a record refuses that record', async () => {
    const xml = `<collection>\n${record('1', 'one')}${record('2', 'two')}`
    const results = await read(temporaryFile('cut.xml', xml.slice(0, -40)))
    expect(results.map((result) => result.ok)).toEqual([true, false])
    expect(results[1]).toMatchObject({ reason: 'the file ends inside this record, which starts at line 3' })
  })

  it('a UTF-8 character split between two read chunks is read whole', async () => {
    const head = `<collection>\n${record('1', 'one')}<!--`
    const beforeTitle = `-->\n${record('2', '').slice(0, record('2', '').indexOf('</subfield>'))}`
    // A read chunk is 65,536 bytes: the padding puts the first title character's three bytes across that boundary.
    const padding = 'x'.repeat(65_535 - Buffer.byteLength(head + beforeTitle))
    const xml = `${head}${padding}-->\n${record('2', '图书馆')}</collection>`
    expect(Buffer.from(xml).indexOf('图')).toBe(65_535)
    const results = await read(temporaryFile('split.xml', xml))
    expect(subfield(results[1], '245', 'a')).toBe('图书馆')
  })

  it('bytes that are not UTF-8 drop the subfield they are in, not the record, and later byte offsets stay right', async () => {
    const parts = [Buffer.from(`<collection>\n${record('1', 'one')}`), Buffer.from(record('2', 'bad \xff\xfe byte'), 'latin1'), Buffer.from(`${record('3', '三')}</collection>`)]
    const results = await read(temporaryFile('invalid.xml', Buffer.concat(parts)))
    expect(results.map((result) => result.ok)).toEqual([true, true, true])
    expect(results[1]).toMatchObject({ warnings: [{ field: '245', message: 'field 245 $a has bytes that are not valid text, after “bad ”: the subfield was dropped' }] })
    expect(results[1]?.ok && results[1].record.controlFields).toEqual([{ tag: '001', value: '2' }])
    expect(results[2]?.position.byteOffset).toBe((parts[0]?.length ?? 0) + (parts[1]?.length ?? 0))
  })

  it('reads MARCXML in UTF-16, little- and big-endian, with byte offsets counted in the file\'s bytes', async () => {
    const xml = `\ufeff<?xml version="1.0" encoding="UTF-16"?>\n<collection>\n${record('1', '醴陵')}${record('2', '𠀀 two')}</collection>`
    const little = Buffer.from(xml, 'utf16le')
    const big = Buffer.from(little).swap16()
    for (const [encoding, bytes] of [['utf-16le', little], ['utf-16be', big]] as const) {
      const results = await readAll(readMarcXml(temporaryFile(`${encoding}.xml`, bytes), { encoding }))
      expect(results.map((result) => subfield(result, '245', 'a'))).toEqual(['醴陵', '𠀀 two'])
      expect(results.map((result) => result.position.byteOffset)).toEqual([xml.indexOf('<record') * 2, xml.lastIndexOf('<record') * 2])
    }
  })

})
