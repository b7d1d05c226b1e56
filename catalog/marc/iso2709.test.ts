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

/**
 * Lays out a record by hand as writers do when its numbers outgrow ISO 2709's digits: each
 * position written in `startDigits` digits (5: wrapped round past 99,999; 6: widened), the
 * record length in the leader as the low five digits.
 */
function frame(leader: string, fields: { tag: string; text: string }[], startDigits: 5 | 6): Buffer {
  const data = fields.map(({ tag, text }) => ({ bytes: Buffer.from(`${text}\x1e`, 'utf8'), tag }))
  let start = 0
  const directory = data.map(({ bytes, tag }) => {
    const entry = `${tag}${String(bytes.length).padStart(4, '0')}${String(start % 10 ** startDigits).padStart(startDigits, '0')}`
    start += bytes.length
    return entry
  })
  const base = 24 + directory.join('').length + 1
  const length = base + start + 1
  const head = `${String(length % 100_000).padStart(5, '0')}${leader.slice(5, 12)}${String(base).padStart(5, '0')}${leader.slice(17)}`
  return Buffer.concat([Buffer.from(`${startDigits === 6 ? leader.slice(0, 5) + head.slice(5) : head}${directory.join('')}\x1e`, 'latin1'), ...data.map(({ bytes }) => bytes), Buffer.from([0x1d])])
}

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

  it('reads all 100 records of bu_bibs.mrc, the 16 whose leader and directory count characters instead of bytes with a warning', async () => {
    const results = await read(fixture('bu_bibs.mrc'))
    expect(results).toHaveLength(100)
    expect(refusals(results)).toEqual([])
    const warned = results.filter((result) => result.ok && result.warnings.length > 0)
    expect(warned.map((result) => result.position.recordNumber)).toEqual([3, 6, 15, 22, 25, 31, 34, 45, 51, 62, 69, 72, 74, 77, 82, 91])
    const [third] = warned
    expect(third?.position.byteOffset).toBe(4435)
    expect(third?.ok && third.warnings).toEqual([
      { field: 'LDR', message: 'the leader gives the record length as 1914 bytes, but the record has 1,918 bytes up to its end mark (the export may count characters, not bytes); it was read up to its end mark' },
      {
        message:
          'the directory gives wrong lengths or positions for fields 245, 260, 300, 504, 651, 651, 651, 651, 651, 651, 651, 651, 852, 907, 994, 999 (an export may count characters instead of bytes, or have more bytes than its digits can state); they were found by their field terminators',
      },
    ])
    // the fields found by their terminators are whole: the title, and the place of publication after it
    expect(subfield(third, '245', 'a')).toBe('Vichy in the tropics :')
    expect(subfield(third, '260', 'a')).toBe('Stanford, Calif. :')
    expect(third?.ok && third.record.dataFields.filter((field) => field.tag === '651')).toHaveLength(8)
  })

  it('in a bu_bibs.mrc record whose data the export itself cut wrong, keeps the fields it can match and shows the dropped data', async () => {
    const results = await read(fixture('bu_bibs.mrc'))
    const record = results[14]
    // the export's own text is mojibake (UTF-8 encoded twice): it is kept as the export has it
    expect(subfield(record, '245', 'a')).toBe('The presence of Teotihuacan in the Cuitzeo Basin, Michoaca\u00c3\u008c\u00c2\u0081n, Mexico :')
    expect(record?.ok && record.warnings.slice(1, 2)).toEqual([{ field: '999', message: 'field 999 is not where directory entry 26 says, and no piece of data of its length is left: it was dropped' }])
    expect(record?.ok && record.warnings.at(-1)).toEqual({ message: '18 bytes of data that no directory entry points to were dropped: “  \u001famugar\u001fb1\u001fc0505”' })
  })

  it('a record whose leader length disagrees with its bytes is read up to its end mark, with a warning, and the next one is read', async () => {
    const results = await read(patched('test_data.utf8.mrc', 799, '00777'))
    expect(refusals(results)).toEqual([])
    expect(results).toHaveLength(30)
    expect(results[1]).toMatchObject({
      position: { byteOffset: 799, recordNumber: 2 },
      warnings: [{ field: 'LDR', message: 'the leader gives the record length as 777 bytes, but the record has 778 bytes up to its end mark (the export may count characters, not bytes); it was read up to its end mark' }],
    })
    expect(subfield(results[1], '245', 'a')).toBe('Sāhivāl jail kī ḍāʼirī /'.normalize('NFD'))
  })

  it("reads seven of the eight records of pymarc's bad_records.mrc, repairing base addresses and directories from the bytes, and refuses the empty one", async () => {
    const results = await read(fixture('bad_records.mrc'))
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, true, false, true])
    expect(results.map((result) => (result.ok ? result.warnings.map((warning) => warning.message) : result.reason))).toEqual([
      [],
      ["the leader's base address of data (positions 12–16) is “99937”, but the directory ends at byte 36; the data was read from byte 37"],
      ["the leader's base address of data (positions 12–16) is “00000”, but the directory ends at byte 36; the data was read from byte 37"],
      ['the directory gives wrong lengths or positions for field 245 (an export may count characters instead of bytes, or have more bytes than its digits can state); it was found by its field terminator'],
      ['the directory gives wrong lengths or positions for field 245 (an export may count characters instead of bytes, or have more bytes than its digits can state); it was found by its field terminator'],
      ["the leader's base address of data (positions 12–16) is “f0037”, but the directory ends at byte 36; the data was read from byte 37"],
      'the record has no fields',
      [],
    ])
    expect(results.filter((result) => result.ok).map((result) => subfield(result, '245', 'b'))).toEqual(Array(7).fill('from journeyman to master /'))
  })

  it('a leader whose record length is not a number is read up to its end mark, with a warning', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 0, '0079X'))
    expect(result).toMatchObject({ ok: true, warnings: [{ field: 'LDR', message: 'the leader\'s record length is “0079X”, not five digits; the record was read up to its end mark, 799 bytes' }] })
  })

  it('a leader that gives fields another number of indicators than two is read with two, with a warning', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 10, '3'))
    expect(result).toMatchObject({ ok: true, warnings: [{ field: 'LDR', message: 'the leader says fields have 3 indicators (position 10); they were read with 2, as MARC has' }] })
    expect(result?.ok && result.record.dataFields.find((field) => field.tag === '245')).toMatchObject({ ind1: '1', ind2: '0' })
  })

  it('a leader with blanks for the indicator count and subfield code length is read, as real exports have them', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 10, '  '))
    expect(result?.ok).toBe(true)
  })

  it('a directory entry whose length is not a number is repaired from the field terminators, naming its field', async () => {
    const [result] = await read(patched('test_data.utf8.mrc', 24 + 3, '00x7'))
    expect(result).toMatchObject({ ok: true, warnings: [{ field: '001' }] })
    expect(result?.ok && result.record.controlFields[0]).toEqual({ tag: '001', value: '   00282214 ' })
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

  it('invalid UTF-8 drops its subfield with a warning naming the field and the text before it, never replaced with U+FFFD', async () => {
    // traject's file holds one field: with its only subfield dropped, nothing of the record is left
    const [alone] = await read(fixture('bad_utf_byte.utf8.marc'))
    expect(alone).toMatchObject({
      ok: false,
      position: { byteOffset: 0, recordNumber: 1 },
      reason:
        'none of the record\'s fields could be read: field 300 $a has bytes that are not valid UTF-8, after “This is a bad byte: \'”: the subfield was dropped (if the whole file is MARC-8, give the encoding marc-8)',
    })
  })

  it('a bad byte in the price (350), the ISBN (020) or an alternate-script field (880) drops that subfield only, and the book is kept', async () => {
    const base = await asciiRecord()
    const field = (tag: string, ...subfields: [string, string][]) => ({ ind1: ' ', ind2: ' ', subfields: subfields.map(([code, value]) => ({ code, value })), tag })
    const record = {
      ...base,
      leader: `${base.leader.slice(0, 9)}a${base.leader.slice(10)}`,
      dataFields: [field('020', ['a', '9787503717444'], ['c', 'CNY28.00 BADPRICE']), field('350', ['a', 'CNY28.00 BADPRICE']), field('880', ['6', '245-01'], ['a', '中国发展报告 BADTITLE']), ...base.dataFields],
    }
    // 0xFF is never UTF-8: written over the placeholder in each field
    const bytes = Buffer.from(writeIso2709(record).toString('latin1').replaceAll(' BADPRICE', '\xff\xff\xff\xff\xff\xff\xff\xff\xff').replace(' BADTITLE', '\xff\xff\xff\xff\xff\xff\xff\xff\xff'), 'latin1')
    const [result] = await read(temporaryFile('bad-bytes.mrc', bytes))
    expect(result?.ok && result.warnings).toEqual([
      { field: '020', message: 'field 020 $c has bytes that are not valid UTF-8, after “CNY28.00”: the subfield was dropped (if the whole file is MARC-8, give the encoding marc-8)' },
      { field: '350', message: 'field 350 $a has bytes that are not valid UTF-8, after “CNY28.00”: the subfield was dropped (if the whole file is MARC-8, give the encoding marc-8)' },
      { field: '880', message: 'field 880 $a has bytes that are not valid UTF-8, after “中国发展报告”: the subfield was dropped (if the whole file is MARC-8, give the encoding marc-8)' },
    ])
    expect(subfield(result, '020', 'a')).toBe('9787503717444')
    expect(subfield(result, '880', '6')).toBe('245-01')
    expect(result?.ok && result.record.dataFields.map((dataField) => dataField.tag)).toEqual(['020', '880', '245'])
    expect(subfield(result, '245', 'a')).toBe('The pragmatic programmer : ')
  })

  it('an empty field (the 517 of marcjs\'s bib-one.mrc, indicators only) is dropped with a warning, and the record is read', async () => {
    const [result] = await read(fixture('bib-one.mrc'))
    expect(result).toMatchObject({ ok: true, warnings: [{ field: '517', message: 'field 517 has no subfields: it was dropped' }] })
    expect(subfield(result, '200', 'a')).toBe('Ici')
  })

  it("pymarc's utf8_invalid.mrc, whose subfield code is a broken character, keeps the record and drops that subfield of field 260", async () => {
    const [result] = await read(fixture('utf8_invalid.mrc'))
    expect(result).toMatchObject({ ok: true, warnings: [{ field: '260', message: 'field 260 has a bad subfield code (byte 0xEF); that subfield was dropped: “…ociation of Teacher Educators]”' }] })
    expect(subfield(result, '245', 'a')).toBeDefined()
  })

  it('a subfield code with MARC-8 diacritics typed before it is read as its letter, with a warning naming the field', async () => {
    const [result] = await read(fixture('bad_subfield_code.marc'))
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ field: '260', message: 'field 260 has a subfield code written with an accent or a diacritic (byte 0xE2, byte 0xE2 before “b”); it was read as $b' }],
    })
    expect(subfield(result, '260', 'a')).toBe('Paris')
    expect(subfield(result, '260', 'b')).toBe('Editions du Seuil')
  })

  it('a subfield code written as an accented letter is read as the letter, so the title is kept', async () => {
    const [result] = await read(fixture('bad_subfield_code.dat'))
    expect(result).toMatchObject({ ok: true })
    expect(subfield(result, '245', 'a')).toBe('ActivePerl with ASP and ADO /')
    expect(result!.ok && result!.warnings.map((warning) => warning.message)).toContain('field 245 has a subfield code written with an accent or a diacritic (“á”); it was read as $a')
  })

  it('a subfield code that is no letter at all drops that subfield, with a warning showing the text', async () => {
    const base = await asciiRecord()
    const bytes = writeIso2709(base)
    const at = bytes.indexOf(Buffer.from([0x1f, 0x61]), bytes.indexOf(0x1e))
    bytes[at + 1] = 0x7f
    const [result] = await read(temporaryFile('bad-code.mrc', bytes))
    expect(result).toMatchObject({ ok: true })
    expect(result!.ok && result!.warnings[0]!.message).toMatch(/has a bad subfield code \(byte 0x7F\); that subfield was dropped/)
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

  it('a record of more than 99,999 bytes whose directory positions wrapped round at five digits is read whole', async () => {
    const notes = Array.from({ length: 20 }, (_, index) => ({ tag: '500', text: `${index} `.padEnd(index % 2 ? 3_000 : 7_000, index % 2 ? '文' : 'x') }))
    const bytes = frame('01234nam a2200000 a 4500', [{ tag: '001', text: 'big-1' }, { tag: '245', text: '00\x1faA very long record' }, ...notes.map(({ tag, text }) => ({ tag, text: `  \x1fa${text}` }))], 5)
    expect(bytes.length).toBeGreaterThan(99_999)
    const [result] = await read(temporaryFile('wrapped.mrc', bytes))
    expect(result?.ok && result.record.dataFields.slice(1).map((field) => field.subfields[0]?.value)).toEqual(notes.map(({ text }) => text))
    expect(result?.ok && result.warnings[0]).toEqual({ field: 'LDR', message: `the leader gives the record length as ${bytes.length % 100_000} bytes, but the record has ${bytes.length.toLocaleString('en')} bytes up to its end mark (more than the 99,999 a leader can state); it was read up to its end mark` })
    expect(result?.ok && result.warnings[1]?.message).toMatch(/^the directory gives wrong lengths or positions for fields 500, 500, .*; they were found by their field terminators$/u)
  })

  it('a record whose directory gives positions in six digits (13-byte entries) is read whole', async () => {
    const notes = Array.from({ length: 12 }, (_, index) => `${index} `.padEnd(9_000, 'y'))
    const bytes = frame('99999nam a2200000 a 4500', [{ tag: '001', text: 'big-2' }, { tag: '245', text: '00\x1faSix digits' }, ...notes.map((text) => ({ tag: '500', text: `  \x1fa${text}` }))], 6)
    const [result] = await read(temporaryFile('six-digits.mrc', bytes))
    expect(result?.ok && result.record.dataFields.map((field) => field.subfields[0]?.value)).toEqual(['Six digits', ...notes])
    expect(result?.ok && result.record.controlFields).toEqual([{ tag: '001', value: 'big-2' }])
  })

  it('a UTF-8 byte-order mark before the first record is skipped, and record 1 is read', async () => {
    const record = writeIso2709(await asciiRecord())
    const results = await read(temporaryFile('bom.mrc', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), record, record])))
    expect(results.map((result) => [result.ok, result.position.byteOffset])).toEqual([
      [true, 3],
      [true, 3 + record.length],
    ])
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

  it('a MARC-8 record whose leader claims UTF-8 keeps its ASCII fields, drops the others naming MARC-8, and is read right when the file is said to be MARC-8', async () => {
    const [auto] = await read(fixture('marc8_accented_chars.marc'))
    expect(auto?.ok && auto.warnings.map((warning) => warning.field)).toEqual(['100', '245', '490', '505'])
    expect(auto?.ok && auto.warnings[0]?.message).toBe('field 100 $a has bytes that are not valid UTF-8, after “Serreau, Genevi”: the subfield was dropped (if the whole file is MARC-8, give the encoding marc-8)')
    const [marc8] = await read(fixture('marc8_accented_chars.marc'), 'marc-8')
    expect(marc8).toMatchObject({ ok: true, warnings: [] })
    expect(subfield(marc8, '100', 'a')).toBe('Serreau, Geneviève.')
    expect(subfield(marc8, '245', 'a')).toBe('Histoire du "nouveau théâtre."')
  })

  it('a MARC-8 record that switches to Cyrillic is read in Cyrillic', async () => {
    const record = withTitle(await asciiRecord(), 'Vojna i mir \x1b(Nvojna\x1b(B')
    const [result] = await read(temporaryFile('cyrillic.mrc', writeIso2709(record)))
    // checked with yaz-iconv 5.34
    expect(subfield(result, '245', 'a')).toBe('Vojna i mir ЖОЙНА')
  })

  it('a MARC-8 record in the CJK set (EACC) is read, its title in Chinese characters', async () => {
    const eacc = Buffer.from('23414B215F25213C44213774214355216079', 'hex').toString('latin1')
    const record = withTitle(await asciiRecord(), `\x1b$1${eacc}\x1b(B (Liling)`)
    const [result] = await read(temporaryFile('eacc.mrc', writeIso2709(record)))
    expect(result).toMatchObject({ ok: true, warnings: [] })
    expect(subfield(result, '245', 'a')).toBe('醴陵市圖書館 (Liling)')
  })

  it('a MARC-8 field in an unknown set is dropped naming the field, and the rest of the record is read', async () => {
    const base = await asciiRecord()
    const record = { ...base, dataFields: [...base.dataFields, { ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: '\x1b(Zabc' }], tag: '880' }] }
    const [result] = await read(temporaryFile('unknown-set.mrc', writeIso2709(record)))
    expect(result).toMatchObject({ ok: true, warnings: [{ field: '880', message: 'field 880 $a has an unknown MARC-8 escape sequence (ESC ( Z): the subfield was dropped' }] })
    expect(subfield(result, '245', 'a')).toBe('The pragmatic programmer : ')
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

  it('falls back to GB18030 for records that are not UTF-8, and reads those that declare Unicode in 100$a as GB18030 with a warning', async () => {
    const results = await read(fixture('cnmarc-dp2.gb18030.mrc'))
    expect(results.map((result) => subfield(result, '200', 'a'))).toEqual(titles)
    expect(results.map((result) => result.ok && result.warnings.length)).toEqual([0, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    expect(results[1]?.ok && results[1].warnings).toEqual([
      {
        field: '100',
        message: 'the record declares Unicode (100$a/26–27 “50”) but its text is not UTF-8; it is valid GB18030 and was read as GB18030 (to read the whole file so, give the encoding gb18030)',
      },
    ])
  })

  it('a CNMARC record in UTF-8 with one broken field keeps the others, and names GB18030 for a file that would be GB18030', async () => {
    const [utf8] = await read(fixture('cnmarc-dp2.utf8.mrc'))
    if (!utf8?.ok) throw new Error('record 1 should read')
    const bytes = writeIso2709(utf8.record)
    // the first byte of a character in 200$f (发) made invalid: the title in 200$a stays UTF-8
    const at = bytes.indexOf(Buffer.from('\x1ff', 'latin1'), bytes.indexOf(Buffer.from('200', 'latin1'), 24 + 12 * 5)) + 2
    const broken = Buffer.from(bytes)
    const responsibility = broken.toString('utf8', at, broken.indexOf(0x1e, at))
    broken[at + Buffer.byteLength(responsibility.slice(0, responsibility.search(/[^\x00-\x7f]/u)))] = 0xff
    const [result] = await read(temporaryFile('cnmarc-broken.mrc', broken))
    expect(subfield(result, '200', 'a')).toBe(titles[0])
    expect(subfield(result, '200', 'f')).toBeUndefined()
    expect(result?.ok && result.warnings).toMatchObject([{ field: '200', message: expect.stringMatching(/^field 200 \$f has bytes that are not valid UTF-8.*: the subfield was dropped \(if the whole file is GB18030, give the encoding gb18030\)$/u) }])
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
