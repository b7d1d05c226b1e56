import { describe, expect, it } from 'vitest'

import type { DataField, MarcRecord } from '../marc/types'
import { normalizeMarc21 } from './marc21'
import { fixtureRecord, readMarcXmlFixture } from './testing/marcXmlFixture'
import { expectNormalized, field, withFields } from './testing/records'

/** Thirty Library of Congress records in many scripts, from traject's test data (traject/traject, MIT). */
const traject = readMarcXmlFixture(new URL('../../tests/fixtures/marc/test_data.utf8.marc.xml', import.meta.url))

const normalized = expectNormalized(normalizeMarc21)

const strongMedicine = fixtureRecord(traject, '2007020969')

/**
 * Boston University's record 99177237240001161 (Catmandu-MARC's bu_bibs.mrc), its fields
 * copied by hand: one copy at BU, one at MUG.
 */
const budgetEstimating: MarcRecord = {
  controlFields: [
    { tag: '001', value: '99177237240001161' },
    { tag: '008', value: '121103s2007    caua     b    000 0 eng  ' },
  ],
  dataFields: [
    field('020', [['a', '9780833041210 (pbk. : alk. paper)']]),
    field('020', [['a', '0833041215 (pbk. : alk. paper)']]),
    field('050', [['a', 'UG1243'], ['b', '.H55 2007']], '0', '0'),
    field('100', [['a', 'Hildebrandt, Gregory G.']], '1'),
    field('245', [['a', 'Budget estimating relationships for depot-level reparables in the Air Force flying hour program /'], ['c', 'Gregory G. Hildebrandt.']], '1', '0'),
    field('260', [['a', 'Santa Monica, CA :'], ['b', 'Rand/Project Air Force,'], ['c', '2007.']]),
    field('650', [['a', 'Airplanes, Military'], ['z', 'United States'], ['x', 'Parts'], ['x', 'Costs.']], ' ', '0'),
    field('852', [['b', 'BU'], ['c', 'web'], ['h', 'UG1243'], ['i', '.H55 2007']], '0'),
    field('852', [['b', 'MUG'], ['c', 'boss'], ['h', 'UG1243'], ['i', '.H55 2007']], '0'),
  ],
  leader: '01234cam a2200301 a 4500',
}

describe('normalizeMarc21', () => {
  it('reads a whole MARC21 record, ISBD punctuation stripped', () => {
    expect(normalized(strongMedicine)).toEqual({
      authors: ['Hearth, Amy Hill', 'Strong Medicine'],
      callNumber: 'E99.D2 H437 2008',
      holdings: [],
      id: '2007020969',
      isbn: ['9780743297790'],
      language: 'eng',
      publisher: 'Atria Books',
      subjects: [
        'Delaware women--New Jersey--Bridgeton--Biography',
        'Indian women shamans--New Jersey--Bridgeton--Biography',
        'Delaware Indians--New Jersey--Bridgeton--Biography',
        'Delaware Indians--New Jersey--Bridgeton--History',
      ],
      title: '"Strong Medicine speaks" : a Native American elder has her say : an oral history',
      year: 2008,
    })
  })

  it('trims the 001 that the Library of Congress pads with spaces', () => {
    expect(normalized(fixtureRecord(traject, '00282214')).id).toBe('00282214')
  })

  it('takes the authors of 100, 110, 700 and 710 in record order', () => {
    expect(normalized(fixtureRecord(traject, '43037890')).authors).toEqual([
      'Vi︠a︡tkin, M. P.',
      'Institut istorii (Akademii︠a︡ nauk SSSR)',
      'Akademii︠a︡ nauk Kazakhskoĭ SSR, Alma Ata',
    ])
  })

  it('takes the year from 008 when 260$c is in another calendar', () => {
    const record = fixtureRecord(traject, '96933325')
    expect(record.dataFields.find((f) => f.tag === '260')?.subfields.at(-1)?.value).toBe('1373 [1994 or 1995]')
    expect(normalized(record).year).toBe(1994)
  })

  it('takes the year from 260$c when 008 has none', () => {
    const record = { ...strongMedicine, controlFields: strongMedicine.controlFields.filter((f) => f.tag !== '008') }
    expect(normalized(record).year).toBe(2008)
  })

  it('takes the language from 008, else the first code of 041$a', () => {
    expect(normalized(fixtureRecord(traject, '2008308175')).language).toBe('eng')
    const noFixedField = fixtureRecord(traject, '2001417245')
    expect(normalized({ ...noFixedField, controlFields: noFixedField.controlFields.filter((f) => f.tag !== '008') }).language).toBe('san')
  })

  it('takes the publisher of 264 with second indicator 1 when there is no 260', () => {
    const record = withFields(strongMedicine, ['260'], [
      field('264', [['a', 'New York :'], ['b', 'Distributed by Simon & Schuster,']], ' ', '2'),
      field('264', [['a', 'New York :'], ['b', 'Atria Books,'], ['c', '2008.']], ' ', '1'),
    ])
    expect(normalized(record).publisher).toBe('Atria Books')
  })

  it('leaves out a publisher given as "[s.n.]"', () => {
    expect(normalized(fixtureRecord(traject, '2003546302'))).not.toHaveProperty('publisher')
  })

  it('takes the CLC number from 084 only when $2 names that classification', () => {
    const record = withFields(strongMedicine, [], [field('084', [['a', '974.004'], ['2', 'ddc']]), field('084', [['a', 'K712.8'], ['2', 'CLC']])])
    expect(normalized(record)).toMatchObject({ clc: 'K712.8', clcClass: 'K' })
    expect(normalized(strongMedicine)).not.toHaveProperty('clc')
  })

  it('counts one copy per 852 for each location in $b and makes the call number of $h and $i', () => {
    expect(normalized(budgetEstimating)).toMatchObject({
      callNumber: 'UG1243 .H55 2007',
      holdings: [
        { branch: 'BU', copies: 1 },
        { branch: 'MUG', copies: 1 },
      ],
      isbn: ['9780833041210'],
      publisher: 'Rand/Project Air Force',
      subjects: ['Airplanes, Military--United States--Parts--Costs'],
      title: 'Budget estimating relationships for depot-level reparables in the Air Force flying hour program',
      year: 2007,
    })
    const twoAtMug = withFields(budgetEstimating, [], [field('852', [['b', 'MUG'], ['h', 'UG1243'], ['i', '.H55 2007 c.2']], '0')])
    expect(normalized(twoAtMug).holdings).toEqual([
      { branch: 'BU', copies: 1 },
      { branch: 'MUG', copies: 2 },
    ])
  })

  it('reads local 949 fields laid out like 852 when there is no 852', () => {
    const record = withFields(budgetEstimating, ['852'], [field('949', [['b', 'MUG'], ['h', 'UG1243']]), field('949', [['b', 'MUG']])])
    expect(normalized(record)).toMatchObject({ callNumber: 'UG1243', holdings: [{ branch: 'MUG', copies: 2 }] })
  })

  it('refuses a record whose 245 has no $a', () => {
    const record = withFields(strongMedicine, ['245'], [field('245', [['c', 'Amy Hill Hearth.']], '1', '0')])
    expect(normalizeMarc21(record)).toEqual({ ok: false, reason: 'no title (245$a / 200$a)' })
  })
})
