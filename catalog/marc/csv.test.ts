import { describe, expect, it } from 'vitest'

import { readCatalogCsv } from './csv'
import { readAll, temporaryFile } from './testing/files'

const example = new URL('../../tests/fixtures/csv/catalog.csv', import.meta.url).pathname
const HEADER = 'id,title,authors,isbn,publisher,year,clc,subjects,call_number,holdings,language'

const csv = (name: string, ...rows: string[]) => temporaryFile(name, [HEADER, ...rows].join('\n'))

describe('readCatalogCsv', () => {
  it('reads the documented example into catalog records', async () => {
    const results = await readAll(readCatalogCsv(example))
    expect(results.map((result) => result.ok)).toEqual([true, true, true])
    expect(results[0]).toEqual({
      ok: true,
      position: { byteOffset: HEADER.length + 1, file: example, recordNumber: 1 },
      warnings: [],
      catalogRecord: {
        authors: ['国家统计局'],
        callNumber: 'F124/26',
        clc: 'F124',
        clcClass: 'F',
        holdings: [
          { branch: '总馆', copies: 2 },
          { branch: '少儿分馆', copies: 1 },
        ],
        id: '990002180740203961',
        isbn: ['9787503717444'],
        language: 'chi',
        publisher: '中国统计出版社',
        subjects: ['经济发展', '中国'],
        title: "'94中国发展报告",
        year: 1994,
      },
    })
  })

  it('reads quoted cells, full-width separators, and adds up the copies of a branch named twice', async () => {
    const [, , third] = await readAll(readCatalogCsv(example))
    expect(third?.ok && third.catalogRecord).toMatchObject({ authors: ['季野', '张西明', '张弢'], holdings: [{ branch: '总馆', copies: 3 }], title: '1999 年中国发展状况与趋势' })
  })

  it('reads the series a row names, separated by ";"', async () => {
    const file = temporaryFile('series.csv', ['id,title,series', '1,平凡的世界,茅盾文学奖获奖作品全集；路遥文集', '2,人生,'].join('\n'))
    const [first, second] = await readAll(readCatalogCsv(file))
    expect(first?.ok && first.catalogRecord.series).toEqual(['茅盾文学奖获奖作品全集', '路遥文集'])
    expect(second?.ok && second.catalogRecord).not.toHaveProperty('series')
  })

  it('a row without a title is refused with its record number and line, and the next row is read', async () => {
    const results = await readAll(readCatalogCsv(csv('no-title.csv', '1,,,,,,,,,,', '2,Second,,,,,,,,,')))
    expect(results[0]).toMatchObject({ ok: false, position: { byteOffset: HEADER.length + 1, recordNumber: 1 }, reason: 'the title is empty (line 2)' })
    expect(results[1]).toMatchObject({ catalogRecord: { id: '2', title: 'Second' }, ok: true })
  })

  it('refuses a bad year, bad copies, a bad ISBN, a repeated id and a row of the wrong width, each with its reason', async () => {
    const file = csv(
      'mistakes.csv',
      '1,One,,,,一九九四,,,,,',
      '2,Two,,,,,,,,总馆:两,',
      '3,Three,,7-5037-1744-1,,,,,,,',
      '4,Four,,,,,,,,,',
      '4,Four again,,,,,,,,,',
      '5,"Five, with a comma",,,,,,,,,,extra',
    )
    const results = await readAll(readCatalogCsv(file))
    expect(results.map((result) => (result.ok ? 'read' : result.reason))).toEqual([
      'the year “一九九四” is not a year of four digits (line 2)',
      'the holding “总馆:两” does not give the copies as a whole number (line 3)',
      '“7-5037-1744-1” is not a valid ISBN (line 4)',
      'read',
      'the id “4” is already used by record 4 (line 6)',
      'the row has 12 cells but the header has 11 columns (line 7)',
    ])
  })

  it('a cell with a line break keeps the line of the row it starts on', async () => {
    const results = await readAll(readCatalogCsv(csv('multiline.csv', '1,"Two\nlines",,,,,,,,,', '2,,,,,,,,,,')))
    expect(results[0]).toMatchObject({ catalogRecord: { title: 'Two lines' }, ok: true })
    expect(results[1]).toMatchObject({ ok: false, reason: 'the title is empty (line 4)' })
  })

  it('a file saved as GBK instead of UTF-8 stops the import with advice', async () => {
    const file = temporaryFile('gbk.csv', Buffer.concat([Buffer.from(`${HEADER}\n1,`), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from(',,,,,,,,,\n')]))
    await expect(readAll(readCatalogCsv(file))).rejects.toThrow('is not UTF-8 text (after byte 0); in Excel, save it as “CSV UTF-8”')
  })

  it('a misspelt column stops the import naming it', async () => {
    const file = temporaryFile('misspelt.csv', 'id,titel\n1,One\n')
    await expect(readAll(readCatalogCsv(file))).rejects.toThrow('unknown column “titel”')
  })
})
