import { describe, expect, it } from 'vitest'

import { readIso2709 } from './iso2709'
import { writeIso2709 } from './iso2709Writer'
import { fixture, fixtureBytes, readAll, temporaryFile } from './testing/files'
import type { MarcRecord, ReadResult } from './types'

const read = (file: string, encoding?: 'auto' | 'gb18030' | 'marc-8' | 'utf-8') => readAll(readIso2709(file, { encoding }))

const subfield = (result: ReadResult | undefined, tag: string, code: string) => {
  if (!result?.ok) throw new Error(`not a read record: ${JSON.stringify(result)}`)
  return result.record.dataFields.find((field) => field.tag === tag)?.subfields.find((s) => s.code === code)?.value
}

const refusals = (results: ReadResult[]) =>
  results.flatMap((result) => (result.ok ? [] : [{ byteOffset: result.position.byteOffset, reason: result.reason, recordNumber: result.position.recordNumber }]))

/** The bytes of a fixture with `bytes` written over it at `at`. */
const patched = (name: string, at: number, bytes: string) => {
  const content = fixtureBytes(name)
  content.write(bytes, at, 'latin1')
  return temporaryFile(`patched-${name}`, content)
}

/** The first, ASCII-only record of pymarc's bad_records.mrc, to build test records from. */
async function asciiRecord(): Promise<MarcRecord> {
  const [first] = await read(fixture('bad_records.mrc'))
  if (!first?.ok) throw new Error('the first record of bad_records.mrc should read')
  return first.record
}

const withTitle = (record: MarcRecord, title: string): MarcRecord => ({
  ...record,
  dataFields: record.dataFields.map((field) => (field.tag === '245' ? { ...field, subfields: [{ code: 'a', value: title }] } : field)),
})

describe('readIso2709', () => {
  it('reads the 30 UTF-8 records of a good MARC21 file with their numbers and byte offsets', async () => {
    const results = await read(fixture('test_data.utf8.mrc'))
    expect(results).toHaveLength(30)
    expect(results.every((result) => result.ok)).toBe(true)
    expect(results.slice(0, 3).map((result) => result.position)).toEqual([
      { byteOffset: 0, file: fixture('test_data.utf8.mrc'), recordNumber: 1 },
      { byteOffset: 799, file: fixture('test_data.utf8.mrc'), recordNumber: 2 },
      { byteOffset: 1577, file: fixture('test_data.utf8.mrc'), recordNumber: 3 },
    ])
    // The text stays as the record has it: decomposed, as the Library of Congress writes it.
    expect(subfield(results[0], '245', 'a')).toBe('Fikr-i Ayāz /'.normalize('NFD'))
    expect(subfield(results[1], '245', 'c')).toBe('Shaik̲h̲ Ayāz; tarjumah, Kiran Singh.'.normalize('NFD'))
  })

  it('keeps control fields, indicators and subfields as the record has them', async () => {
    const [first] = await read(fixture('test_data.utf8.mrc'))
    if (!first?.ok) throw new Error('record 1 should read')
    expect(first.record.leader).toBe('00799cam a2200241 a 4500')
    expect(first.record.controlFields[0]).toEqual({ tag: '001', value: '   00282214 ' })
    expect(first.record.dataFields.find((field) => field.tag === '245')).toMatchObject({ ind1: '1', ind2: '0' })
  })

  it('refuses the 16 records of bu_bibs.mrc whose leader length disagrees with their bytes, and reads the other 84', async () => {
    const results = await read(fixture('bu_bibs.mrc'))
    expect(results).toHaveLength(100)
    const refused = refusals(results)
    expect(refused.map((refusal) => refusal.recordNumber)).toEqual([3, 6, 15, 22, 25, 31, 34, 45, 51, 62, 69, 72, 74, 77, 82, 91])
    expect(refused[0]).toEqual({
      byteOffset: 4435,
      reason: 'the leader gives the record length as 1914 bytes, but the record has 1918 bytes up to its end mark',
      recordNumber: 3,
    })
    expect(refused.at(-1)?.byteOffset).toBe(193208)
    expect(results.filter((result) => result.ok)).toHaveLength(84)
  })

  it('a record whose leader length disagrees with its bytes is refused with its byte offset, and the next one is read', async () => {
    const results = await read(patched('test_data.utf8.mrc', 799, '00777'))
    expect(refusals(results)).toEqual([
      { byteOffset: 799, reason: 'the leader gives the record length as 777 bytes, but the record has 778 bytes up to its end mark', recordNumber: 2 },
    ])
    expect(results).toHaveLength(30)
    expect(results[2]?.ok).toBe(true)
  })

  it("reads the two sound records of pymarc's bad_records.mrc and refuses the six broken ones, each with its reason", async () => {
    const results = await read(fixture('bad_records.mrc'))
    expect(results.map((result) => result.ok)).toEqual([true, false, false, false, false, false, false, true])
    expect(refusals(results).map(({ recordNumber, reason }) => [recordNumber, reason])).toEqual([
      [2, "the leader puts the start of the data at byte 99937, outside the record's 127 bytes"],
      [3, "the leader puts the start of the data at byte 0, outside the record's 127 bytes"],
      [4, 'the directory is 13 bytes long, not a whole number of 12-byte entries'],
      [5, 'the directory is 13 bytes long, not a whole number of 12-byte entries'],
      [6, "the leader's base address of data (positions 12–16) is “f0037”, not a number"],
      [7, 'the record has no fields'],
    ])
    expect(subfield(results[7], '245', 'b')).toBe('from journeyman to master /')
  })

  it('a leader whose record length is not a number is refused', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 0, '0079X'))
    expect(result).toMatchObject({ ok: false, reason: 'the leader does not start with the record length (five digits) but with “0079X”' })
  })

  it('a leader that gives fields another number of indicators than two is refused', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 10, '3'))
    expect(result).toMatchObject({ ok: false, reason: 'the leader says fields have 3 indicators (position 10); MARC fields have 2' })
  })

  it('a leader with blanks for the indicator count and subfield code length is read, as real exports have them', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 10, '  '))
    expect(result?.ok).toBe(true)
  })

  it('a directory entry whose length is not a number is refused with its tag', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 24 + 3, '00x7'))
    expect(result).toMatchObject({ ok: false, reason: 'directory entry 1 (field 001) gives a length or position that is not a number: “00x700000”' })
  })

  it("a local alphabetic field without subfields, such as Aleph's FMT, is read as a control field", async () => {
    const base = await asciiRecord()
    const [result] = await read(temporaryFile('fmt.mrc', writeIso2709({ ...base, controlFields: [{ tag: 'FMT', value: 'BK' }] })))
    expect(result?.ok && result.record.controlFields).toEqual([{ tag: 'FMT', value: 'BK' }])
  })

  it('a file cut in the middle of a record ends with that record refused, after the whole ones', async () => {
    const cut = temporaryFile('cut.mrc', fixtureBytes('test_data.utf8.mrc').subarray(0, 1577 + 1000))
    const results = await read(cut)
    expect(results.map((result) => result.ok)).toEqual([true, true, false])
    expect(results[2]).toMatchObject({
      ok: false,
      position: { byteOffset: 1577, recordNumber: 3 },
      reason: 'the file ends in the middle of a record: its last 1,000 bytes have no record terminator',
    })
  })

  it('invalid UTF-8 is refused with the field and the text before it, never replaced with U+FFFD', async () => {
    const [result] = await read(fixture('bad_utf_byte.utf8.marc'))
    expect(result).toMatchObject({ ok: false, position: { byteOffset: 0, recordNumber: 1 }, reason: 'field 300 has bytes that are not valid UTF-8, after “This is a bad byte: \'”' })
  })

  it("pymarc's utf8_invalid.mrc, whose subfield code is a broken character, is refused naming field 260", async () => {
    const [result] = await read(fixture('utf8_invalid.mrc'))
    expect(result).toMatchObject({ ok: false, reason: 'field 260 has a bad subfield code (byte 0xEF)' })
  })

  it('a bad subfield code is refused with its tag', async () => {
    const [result] = await read(fixture('bad_subfield_code.marc'))
    expect(result).toMatchObject({ ok: false, reason: 'field 260 has a bad subfield code (byte 0xE2)' })
  })

  it('a record of nearly 100,000 bytes that spans three read chunks is read whole', async () => {
    const base = await asciiRecord()
    const note = (value: string) => ({ ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value }], tag: '500' })
    const filler = { ...base, dataFields: [...base.dataFields, ...Array.from({ length: 6 }, () => note('x'.repeat(9_990)))] }
    const notes = Array.from({ length: 98 }, (_, index) => note(`${index}中`.padEnd(320, '文')))
    const large = { ...base, dataFields: [...base.dataFields, ...notes] }
    const bytes = [writeIso2709(filler), writeIso2709(large), writeIso2709(base)]
    // Read chunks are 65,536 bytes: the large record starts in the first and ends in the third.
    const [fillerLength = 0, largeLength = 0] = bytes.map((record) => record.length)
    expect(fillerLength).toBeLessThan(65_536)
    expect(fillerLength + largeLength).toBeGreaterThan(2 * 65_536)
    const results = await read(temporaryFile('large.mrc', Buffer.concat(bytes)))
    expect(results.map((result) => result.ok)).toEqual([true, true, true])
    expect(results[1]?.position.byteOffset).toBe(fillerLength)
    if (!results[1]?.ok) throw new Error('the large record should read')
    expect(results[1].record.dataFields.slice(1)).toEqual(notes)
  })

  it('more than a megabyte without a record terminator is refused as not ISO 2709, and the record after it is read', async () => {
    const record = writeIso2709(await asciiRecord())
    const results = await read(temporaryFile('garbage.mrc', Buffer.concat([Buffer.alloc(1_500_000, 'x'), Buffer.from([0x1d]), record])))
    expect(results.map((result) => (result.ok ? 'read' : result.reason))).toEqual([
      'no record terminator in 1,500,001 bytes: this part of the file is not an ISO 2709 record',
      'read',
    ])
    expect(results[1]?.position).toMatchObject({ byteOffset: 1_500_001, recordNumber: 2 })
  })

  it('line ends between records are skipped, and byte offsets still point at each leader', async () => {
    const record = writeIso2709(await asciiRecord())
    const results = await read(temporaryFile('lines.mrc', Buffer.concat([record, Buffer.from('\r\n'), record, Buffer.from('\n')])))
    expect(results.map((result) => [result.ok, result.position.byteOffset])).toEqual([
      [true, 0],
      [true, record.length + 2],
    ])
  })
})

describe('readIso2709 with MARC-8 records', () => {
  it('decodes MARC-8 accents with the diacritic after its letter, as Unicode wants', async () => {
    const [result] = await read(fixture('marc8.dat'))
    expect(subfield(result, '240', 'a')).toBe('De la solitude à la communauté.')
    const [traject] = await read(fixture('one-marc8.mrc'))
    expect(subfield(traject, '245', 'a')).toBe('Por uma outra globalização :')
    expect(subfield(traject, '245', 'b')).toBe('do pensamemto único à consciência universal /')
  })

  it('a MARC-8 record whose leader claims UTF-8 is refused, and read right when the file is said to be MARC-8', async () => {
    const [auto] = await read(fixture('marc8_accented_chars.marc'))
    expect(auto).toMatchObject({ ok: false, reason: 'field 100 has bytes that are not valid UTF-8, after “Serreau, Genevi”' })
    const [marc8] = await read(fixture('marc8_accented_chars.marc'), 'marc-8')
    expect(subfield(marc8, '100', 'a')).toBe('Serreau, Geneviève.')
    expect(subfield(marc8, '245', 'a')).toBe('Histoire du "nouveau théâtre."')
  })

  it('a MARC-8 record that switches to Cyrillic is refused with the set named, not garbled', async () => {
    const record = withTitle(await asciiRecord(), 'Vojna i mir \x1b(Nvojna\x1b(B')
    const [result] = await read(temporaryFile('cyrillic.mrc', writeIso2709(record)))
    expect(result).toMatchObject({ ok: false, reason: 'field 245 uses the MARC-8 Cyrillic character set (ESC ( N), which the importer cannot read, after “Vojna i mir ”' })
  })

  it('a MARC-8 record in the CJK set (EACC) is refused with the set named', async () => {
    const record = withTitle(await asciiRecord(), '\x1b$1!0d\x1b(B')
    const [result] = await read(temporaryFile('eacc.mrc', writeIso2709(record)))
    expect(result).toMatchObject({ ok: false, reason: 'field 245 uses the MARC-8 CJK (EACC) character set (ESC $ 1), which the importer cannot read' })
  })
})

describe('readIso2709 with CNMARC records', () => {
  const titles = ["'94中国发展报告", "'95中国发展报告", "'96 中国发展报告", "'97中国发展报告", "'97中国发展报告", "'98中国发展报告", "'99中国发展报告", '’92中国发展报告', '`93中国发展报告', '1999 年中国发展状况与趋势']

  it('reads the ten dp2 records written as UTF-8 with their Chinese titles in 200$a', async () => {
    const results = await read(fixture('cnmarc-dp2.utf8.mrc'))
    expect(results.map((result) => subfield(result, '200', 'a'))).toEqual(titles)
    expect(subfield(results[0], '200', 'A')).toBe("'94Zhong Guo Fa Zhan Bao Gao")
  })

  it('reads the ten dp2 records written as GB18030 when the file is said to be GB18030', async () => {
    const results = await read(fixture('cnmarc-dp2.gb18030.mrc'), 'gb18030')
    expect(results.map((result) => subfield(result, '200', 'a'))).toEqual(titles)
    expect(subfield(results[9], '200', 'f')).toBe('主编季野, 张西明, 张弢...[等]')
  })

  it('falls back to GB18030 for records that are not UTF-8, but refuses those that declare Unicode in 100$a', async () => {
    const results = await read(fixture('cnmarc-dp2.gb18030.mrc'))
    expect(results.filter((result) => result.ok).map((result) => subfield(result, '200', 'a'))).toEqual(titles.filter((_, index) => ![1, 2, 3].includes(index)))
    expect(refusals(results).map(({ recordNumber, reason }) => [recordNumber, reason])).toEqual(
      [2, 3, 4].map((recordNumber) => [
        recordNumber,
        'the record declares Unicode (100$a/26–27 “50”) but its text is not UTF-8; if the whole file is GB18030, read it with the encoding gb18030',
      ]),
    )
  })

  it('a UNIMARC record in ISO 5426 that is not UTF-8 is refused rather than read as GB18030', async () => {
    const [utf8] = await read(fixture('cnmarc-dp2.utf8.mrc'))
    if (!utf8?.ok) throw new Error('record 1 should read')
    const record: MarcRecord = {
      ...utf8.record,
      dataFields: [
        { ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '19970701d1927    m  y0frey0103    ba' }], tag: '100' },
        { ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: 'Histoire du théâtre' }], tag: '200' },
      ],
    }
    // é in UTF-8 (C3 A9) becomes é in ISO 5426 (acute C2, then e): the same number of bytes.
    const bytes = Buffer.from(writeIso2709(record).toString('latin1').replace('\xc3\xa9', '\xc2e'), 'latin1')
    const [result] = await read(temporaryFile('iso5426.mrc', bytes))
    expect(result).toMatchObject({
      ok: false,
      reason: 'the record is not UTF-8 and its 100$a (positions 26–29 “0103”) declares ISO 5426 (extended Latin), which the importer cannot read',
    })
  })
})
