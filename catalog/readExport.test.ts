import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { EXPANSION_FLOOR } from './marc/byteSource'
import { fixture, fixtureBytes, readAll, temporaryFile, zipOf } from './marc/testing/files'
import { readExport } from './readExport'

const container = (name: string) => fixture(`containers/${name}`)
const read = (file: string) => readAll(readExport(file))
const titles = (results: Awaited<ReturnType<typeof read>>) =>
  results.map((result) => (result.ok && 'record' in result ? result.record.dataFields.find((field) => ['245', '200'].includes(field.tag))?.subfields[0]?.value : undefined))

describe('readExport tells the format from the content, not the name', () => {
  it('reads an ISO 2709 file named .xml as ISO 2709', async () => {
    const results = await read(temporaryFile('export.xml', fixtureBytes('test_data.utf8.mrc')))
    expect(results).toHaveLength(30)
    expect(results.every((result) => result.ok)).toBe(true)
  })

  it("reads pymarc's bad_indicator.dat, whose first directory entry is broken, as ISO 2709, dropping that field with a warning", async () => {
    const [result] = await read(fixture('bad_indicator.dat'))
    expect(result).toMatchObject({ ok: true, warnings: [{ message: 'directory entry 1 has the tag “0 2”, which is not three letters or digits; its field was dropped: “\u001fa9780253325525 (alk. paper)”' }] })
  })

  it('reads MARCXML named .mrc, and MARCXML in UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const xml = fixtureBytes('test_data.utf8.marc.xml').toString('utf8')
    const little = Buffer.from(`\ufeff${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le')
    for (const file of [temporaryFile('records.mrc', xml), temporaryFile('utf16le.xml', little), temporaryFile('utf16be.xml', Buffer.from(little).swap16())]) {
      const results = await read(file)
      expect(results).toHaveLength(30)
      expect(titles(results)[0]).toBe('Fikr-i Ayāz /'.normalize('NFD'))
    }
  })

  it('reads ISO 2709 with a byte-order mark before record 1, record 1 included', async () => {
    const results = await read(temporaryFile('bom.mrc', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureBytes('test_data.utf8.mrc')])))
    expect(results).toHaveLength(30)
    expect(results[0]).toMatchObject({ ok: true, position: { byteOffset: 3, recordNumber: 1 } })
  })

  it('reads the catalog CSV by its header, whatever its name', async () => {
    const csv = new URL('../tests/fixtures/csv/catalog.csv', import.meta.url).pathname
    const results = await read(temporaryFile('catalog.txt', fixtureBytes(path.relative(fixture(''), csv))))
    expect(results.map((result) => result.ok && 'catalogRecord' in result && result.catalogRecord.id)).toEqual(['990002180740203961', expect.any(String), expect.any(String)])
  })
})

describe('readExport opens gzip and zip files', () => {
  it('reads a gzip-compressed ISO 2709 file, with byte offsets in the uncompressed bytes', async () => {
    const results = await read(temporaryFile('export.mrc.gz', gzipSync(fixtureBytes('test_data.utf8.mrc'))))
    expect(results).toHaveLength(30)
    expect(results[1]?.position).toMatchObject({ byteOffset: 799, recordNumber: 2 })
  })

  it('reads every export in a zip archive, each named by its path in the archive, and skips folders and macOS metadata', async () => {
    const results = await read(container('two-exports.zip'))
    expect(results).toHaveLength(40)
    expect(results.every((result) => result.ok)).toBe(true)
    expect(results[0]?.position.file).toBe(`${container('two-exports.zip')} › test_data.utf8.mrc`)
    expect(results[30]?.position).toMatchObject({ file: `${container('two-exports.zip')} › dp2 › sample_cnmarcxml.xml`, recordNumber: 1 })
    expect(titles(results)[30]).toBe("'94中国发展报告")
  })

  // A real record (the first of test_data.utf8.mrc, 799 bytes), repeated past the floor of what any compressed file may expand to.
  const bomb = () => {
    const record = fixtureBytes('test_data.utf8.mrc').subarray(0, 799)
    return Buffer.concat(Array.from({ length: Math.ceil(EXPANSION_FLOOR / record.length) + 1 }, () => record))
  }

  it('stops a gzip or zip bomb once it expands past a hundred times its size, having read only records before', async () => {
    const content = bomb()
    for (const file of [temporaryFile('bomb.mrc.gz', gzipSync(content, { level: 9 })), temporaryFile('bomb.zip', zipOf('records.mrc', content))]) {
      let read = 0
      const reading = (async () => {
        for await (const result of readExport(file)) if (result.ok) read += 1
      })()
      await expect(reading).rejects.toThrow(/bomb\.(mrc\.gz|zip › records\.mrc) expands to more than 100,000,000 bytes, over 100 times its compressed size: .* zip bomb; nothing of it was imported/)
      expect(read).toBeGreaterThan(0)
    }
  }, 60_000)

  it('reads a zip archive made by hand as an export, under the same bound', async () => {
    expect(await read(temporaryFile('one.zip', zipOf('records.mrc', fixtureBytes('test_data.utf8.mrc'))))).toHaveLength(30)
  })

  it('stops at a gzip file cut short, naming it and saying so', async () => {
    const compressed = gzipSync(fixtureBytes('test_data.utf8.mrc'))
    await expect(read(temporaryFile('cut.mrc.gz', compressed.subarray(0, compressed.length - 2_000)))).rejects.toThrow(/cut\.mrc\.gz: the gzip data is damaged or cut short after [\d,]+ bytes \(unexpected end of file\); the file may not have been copied whole$/u)
  })
})

describe('readExport refuses, before any record, a file that is not an export', () => {
  /** The error of reading `file`, which must come before any record. */
  async function refusal(file: string): Promise<string> {
    try {
      const first = await readExport(file).next()
      throw new Error(`${file} gave a first result instead of an error: ${JSON.stringify(first.value)}`)
    } catch (error) {
      return (error as Error).message
    }
  }

  it('a PNG image, whatever it is named', async () => {
    expect(await refusal(container('photo.png'))).toBe(`${container('photo.png')} is not a catalog export: it is a PNG image`)
    const named = temporaryFile('export.mrc', fixtureBytes('containers/photo.png'))
    expect(await refusal(named)).toBe(`${named} is not a catalog export: it is a PNG image`)
  })

  it('a gzip file that holds no export', async () => {
    const file = temporaryFile('notes.gz', gzipSync('Just some notes about the library.\n'))
    expect(await refusal(file)).toBe(`${file} is not a catalog export: it is gzip-compressed, and inside, no MARC record, MARCXML or catalog CSV found in its first bytes (it starts “Just some notes about the library.”)`)
  })

  it('a zip archive with something else beside the export, naming that file', async () => {
    const file = container('export-and-readme.zip')
    expect(await refusal(file)).toBe(
      `${file} holds readme.txt, which is not a catalog export: no MARC record, MARCXML or catalog CSV found in its first bytes (it starts “Exported from the library system on 2026”). Take it out of the archive, or import the exports in it by name`,
    )
  })

  it('an Excel workbook', async () => {
    expect(await refusal(container('workbook.xlsx'))).toBe(`${container('workbook.xlsx')} is not a catalog export: it is an Excel workbook (.xlsx); save it as “CSV UTF-8 (comma delimited)”`)
  })

  it('XML that is not MARCXML, and an HTML page', async () => {
    const rss = temporaryFile('feed.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>News</title></channel></rss>')
    expect(await refusal(rss)).toBe(`${rss} is not a catalog export: it is XML whose root element is <rss>, with no MARC record (<record>, <leader>, the MARC21 namespace) in its first bytes`)
    const page = temporaryFile('catalog.xml', '<!DOCTYPE html>\n<html><body>Not found</body></html>')
    expect(await refusal(page)).toBe(`${page} is not a catalog export: it is an HTML page`)
  })

  it('an empty file and a file of other bytes', async () => {
    const empty = temporaryFile('empty.mrc', '')
    expect(await refusal(empty)).toBe(`${empty} is not a catalog export: it is empty`)
    const binary = temporaryFile('data.mrc', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x80, 0x81, 0x82, 0x83]))
    expect(await refusal(binary)).toBe(`${binary} is not a catalog export: no MARC record, MARCXML or catalog CSV found in its first bytes (it starts with the bytes 00 01 02 03 FE 80 81 82)`)
  })

  it('a missing file and a folder, in plain words', async () => {
    const missing = path.join(path.dirname(temporaryFile('x', '')), 'no-such-export.mrc')
    expect(await refusal(missing)).toBe(`${missing}: no such file (looked for ${missing})`)
    const folder = path.join(path.dirname(temporaryFile('x', '')), 'exports')
    mkdirSync(folder, { recursive: true })
    expect(await refusal(folder)).toBe(`${folder} is a folder, not an export file: name the export files in it (e.g. ${folder}/*.mrc)`)
  })
})
