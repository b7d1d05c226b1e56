import { describe, expect, it } from 'vitest'

import { describeMarc21 } from './marc21Description'
import { readIso2709Fixture } from './testing/iso2709Fixture'
import { fixtureRecord, readMarcXmlFixture } from './testing/marcXmlFixture'
import { field, withFields } from './testing/records'

const fixture = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)
/** Thirty Library of Congress records in many scripts, from traject's test data (traject/traject, MIT). */
const traject = readMarcXmlFixture(fixture('test_data.utf8.marc.xml'))
/** A hundred records of Boston University's export (Catmandu-MARC's bu_bibs.mrc, CC-BY-4.0); the first 84 have true leaders. */
const bu = readIso2709Fixture(fixture('bu_bibs.mrc'))
const byId = (id: string) => bu.find((record) => record.controlFields.some((f) => f.tag === '001' && f.value === id))!

describe('describeMarc21', () => {
  it('gives the statement of responsibility, edition, place, date, physical description and notes as transcribed', () => {
    expect(describeMarc21(fixtureRecord(traject, '86207417'))).toEqual({
      notes: ['Title on t.p. verso: Jewish pirates'],
      physical: '283 p. : ill. ; 22 cm',
      place: 'Yerushalayim',
      publicationDate: 'c1984',
      responsibility: 'Ḥayim Yaʻaḳov Finḳel ; me-Anglit, Ofirah Rahaṭ',
    })
    expect(describeMarc21(fixtureRecord(traject, '92117465'))).toMatchObject({ edition: 'Chaepʻan', physical: '5 v. ; 27 cm' })
  })

  it('keeps a date of publication in another calendar, and leaves out one that is just the year', () => {
    expect(describeMarc21(fixtureRecord(traject, '96933325'))?.publicationDate).toBe('1373 [1994 or 1995]')
    expect(describeMarc21(fixtureRecord(traject, '2007020969'))?.publicationDate).toBeUndefined()
  })

  it('lists formatted contents of 505, enhanced (titles with their authors) and basic (split at " -- ")', () => {
    const enhanced = withFields(fixtureRecord(traject, '2007020969'), ['505'], [
      field('505', [['t', 'The new public diplomacy :'], ['r', 'Jan Melissen --'], ['t', 'Rethinking the "new" public diplomacy /'], ['r', 'Brian Hocking.']], '0', '0'),
    ])
    expect(describeMarc21(enhanced)?.contents).toEqual(['The new public diplomacy / Jan Melissen', 'Rethinking the "new" public diplomacy / Brian Hocking'])
    const real = bu.find((record) => record.dataFields.some((f) => f.tag === '505' && !f.subfields.some((s) => s.code === 't')))!
    const contents = describeMarc21(real)?.contents ?? []
    expect(contents.length).toBeGreaterThan(3)
    for (const entry of contents) expect(entry).not.toMatch(/--/)
  })

  it('gives the series statement with its numbering, the title as the series search knows it', () => {
    expect(describeMarc21(fixtureRecord(traject, '77826928'))?.seriesStatements).toEqual([{ number: '237', title: 'Sŏmun munʼgo' }])
    expect(describeMarc21(fixtureRecord(traject, '00313831'))?.seriesStatements).toEqual([{ title: 'Farhang-i ʻumūmī' }])
  })

  it('gives the qualifier and price of each ISBN once, though the record gives its ISBN-10 and ISBN-13 apart', () => {
    const record = byId('99176976370001161')
    expect(describeMarc21(record)?.isbnTerms).toEqual([
      { isbn: '9780231104845', qualifier: 'cloth' },
      { isbn: '9780231104852', qualifier: 'paper' },
    ])
    const priced = withFields(record, ['020'], [field('020', [['a', '9780231104845'], ['q', 'hardcover'], ['c', '$45.00']])])
    expect(describeMarc21(priced)?.isbnTerms).toEqual([{ isbn: '9780231104845', price: '$45.00', qualifier: 'hardcover' }])
  })

  it('gives summaries and parallel titles, and keeps staff-only notes out', () => {
    expect(describeMarc21(fixtureRecord(traject, '2004310986'))?.summary).toEqual(['Historical account of Bon-brgya in Tibet during 7th-9th cent'])
    const record = withFields(fixtureRecord(traject, '2007020969'), [], [
      field('246', [['a', 'Medicine speaks']], '3', '0'),
      field('246', [['a', 'Parole de médecine']], '3', '1'),
      field('541', [['a', 'Gift of the author']]),
    ])
    const description = describeMarc21(record)
    expect(description?.parallelTitles).toEqual(['Parole de médecine'])
    expect(description?.notes).not.toContain('Gift of the author')
  })
})
