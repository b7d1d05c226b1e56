import { describe, expect, it } from 'vitest'

import type { MarcRecord } from '../marc/types'
import { contentHash } from './identifier'
import { NO_MARC21_TITLE, normalizeMarc21 } from './marc21'
import { readIso2709Fixture } from './testing/iso2709Fixture'
import { fixtureRecord, readMarcXmlFixture } from './testing/marcXmlFixture'
import { expectNormalized, field, withFields } from './testing/records'

/** Thirty Library of Congress records in many scripts, from traject's test data (traject/traject, MIT). */
const traject = readMarcXmlFixture(new URL('../../tests/fixtures/marc/test_data.utf8.marc.xml', import.meta.url))

const fixtureFile = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)

/** A record of Johns Hopkins with Hebrew 880s, from traject's test data (traject/traject, MIT). */
const [anarchyInZion] = readIso2709Fixture(fixtureFile('hebrew880s.marc'))

/** Two Chinese records catalogued in pinyin with their characters in 880, built from dp2's (tests/fixtures/marc/README.md). */
const [reformReport, novelChart] = readMarcXmlFixture(fixtureFile('pinyin-880.xml'))

const normalized = expectNormalized(normalizeMarc21)

/** The record and the warnings of normalising it, failing the test when it is refused. */
function normalizedWithWarnings(record: MarcRecord, options = {}) {
  const result = normalizeMarc21(record, options)
  if (!result.ok) throw new Error(result.reason)
  return result
}

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
      description: {
        edition: '1st Atria Books hardcover ed',
        isbnTerms: [{ isbn: '9780743297790', qualifier: 'alk. paper' }],
        notes: ['Includes bibliographical references (p. 261-266)'],
        physical: 'xvii, 267 p. : ill. ; 23 cm',
        place: 'New York',
        responsibility: 'Amy Hill Hearth',
      },
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

  it('takes the series of 490 and 440 without their numbers', () => {
    expect(normalized(fixtureRecord(traject, '2009373513')).series).toEqual(['Lin Xingzhi zuo pin ji'])
    expect(normalized(fixtureRecord(traject, '78908283')).series).toEqual(['Śāradā-gaurava-grantha-mālā'])
    expect(normalized(fixtureRecord(traject, '00313831')).series).toEqual(['Farhang-i ʻumūmī'])
    const withAddedEntry = withFields(strongMedicine, [], [field('490', [['a', 'Native voices ;'], ['v', '3']], '1'), field('830', [['a', 'Native voices (Atria Books) ;'], ['v', 'no. 3.']], ' ', '0')])
    expect(normalized(withAddedEntry).series).toEqual(['Native voices', 'Native voices (Atria Books)'])
    expect(normalized(strongMedicine).series).toBeUndefined()
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

  it('lists each copy of an 852: its location code, where in it ($c), its barcode ($p), and its shelf mark when it is not the call number', () => {
    const record = withFields(
      budgetEstimating,
      ['852'],
      [
        field('852', [['b', 'MUG'], ['c', 'stacks'], ['h', 'UG1243'], ['i', '.H55 2007'], ['p', '39999001']], '0'),
        field('852', [['b', 'BU'], ['h', 'UG1243'], ['i', '.H55 2007 c.2'], ['p', '39999002']], '0'),
      ],
    )
    expect(normalized(record)).toMatchObject({
      callNumber: 'UG1243 .H55 2007',
      items: [
        { barcode: '39999001', branch: 'MUG', location: 'stacks' },
        { barcode: '39999002', branch: 'BU', shelfMark: 'UG1243 .H55 2007 c.2' },
      ],
    })
  })

  it('reads local 949 fields laid out like 852 when there is no 852', () => {
    const record = withFields(budgetEstimating, ['852'], [field('949', [['b', 'MUG'], ['h', 'UG1243']]), field('949', [['b', 'MUG']])])
    expect(normalized(record)).toMatchObject({ callNumber: 'UG1243', holdings: [{ branch: 'MUG', copies: 2 }] })
  })

  it('refuses a record with no title at all, and says so', () => {
    const record = withFields(strongMedicine, ['245'], [field('245', [['c', 'Amy Hill Hearth.']], '1', '0')])
    expect(normalizeMarc21(record)).toEqual({ ok: false, reason: NO_MARC21_TITLE })
    expect(NO_MARC21_TITLE).toBe('no title at all: 245, its 880 and 130, 240, 242, 246, 730, 740 hold none')
  })

  it('reads the form in 245$k as the title of a record that has no $a (traject 245_no_ab.marc)', () => {
    const [papers] = readIso2709Fixture(fixtureFile('245_no_ab.marc'))
    expect(normalizedWithWarnings(papers!)).toMatchObject({ record: { authors: ['Longcope, Warfield T.'], id: '147781', title: 'Papers' }, warnings: [] })
  })

  it('takes the title from the 880 of 245, else from another title, when 245 holds none, and says so', () => {
    const from880 = withFields(reformReport!, ['245'], [field('245', [['6', '880-01'], ['c', 'Guo jia fa zhan he gai ge wei yuan hui bian.']], '1', '0')])
    const result = normalizedWithWarnings(from880)
    expect(result.record.title).toBe("'08中国改革跟踪报告")
    expect(result.record.vernacular).not.toHaveProperty('title')
    expect(result.warnings).toContainEqual({ field: '245', message: '245 holds no title: the title is taken from its 880' })
    const from246 = withFields(anarchyInZion!, ['245', '880'], [field('245', [['c', 'Shalom Ratsabi.']], '1', '0')])
    expect(normalizedWithWarnings(from246)).toMatchObject({
      record: { title: 'Anarchy in "Zion" : between Martin Buber and A.D. Gordon' },
      warnings: [{ field: '245', message: '245 holds no title: the title is taken from the other titles' }],
    })
    expect(normalized(from246)).not.toHaveProperty('otherTitles')
  })
})

describe('normalizeMarc21: text in its own script (880)', () => {
  it('carries the Chinese characters of a record catalogued in pinyin (traject record 2009373513, Library of Congress)', () => {
    expect(normalized(fixtureRecord(traject, '2009373513'))).toMatchObject({
      authors: ['Lin, Xingzhi'],
      language: 'chi',
      publisher: 'Yuan jing chu ban shi ye you xian gong si',
      title: 'Ci an zhou bian',
      vernacular: { authors: ['林行止'], publisher: '遠景出版事業有限公司', title: '次按驟變' },
    })
  })

  it('links each 880 to its field by $6: title, other title, publisher and names of a constructed Chinese record', () => {
    expect(normalized(reformReport!)).toMatchObject({
      authors: ['Guo jia fa zhan he gai ge wei yuan hui'],
      otherTitles: ['Zhongguo gai ge gen zong bao gao'],
      title: "'08 Zhongguo gai ge gen zong bao gao",
      vernacular: { authors: ['国家发展和改革委员会'], otherTitles: ['中国改革跟踪报告'], publisher: '高等教育出版社', title: "'08中国改革跟踪报告" },
    })
  })

  it('reads Hebrew and Korean 880s, their direction marks and full-width ISBD punctuation left out', () => {
    expect(normalized(anarchyInZion!).vernacular).toEqual({
      authors: ['רצבי, שלום'],
      place: '[תל אביב]',
      publisher: 'עם עובד',
      responsibility: 'שלום רצבי',
      title: 'אנרכיזם ב״ציון״ : בין מרטין בובר לאהרן דוד גורדון',
    })
    expect(normalized(fixtureRecord(traject, '92117465')).vernacular).toEqual({
      authors: ['鄭 慶謨', '崔 逹坤'],
      edition: '再版',
      place: '서울 持別市',
      publisher: '大陸 研究所',
      responsibility: '責任 編輯 鄭 慶謨， 崔 逹坤',
      title: '北韓 法令集',
    })
    expect(normalized(fixtureRecord(traject, '00313831')).vernacular?.publisher).toBe('طرح نو')
  })

  it('leaves out an 880 whose $6 links it to no field, with a warning, and keeps the rest', () => {
    const { record, warnings } = normalizedWithWarnings(novelChart!)
    expect(record.vernacular?.title).toBe('2005中国小说排行榜')
    expect(warnings).toContainEqual({ field: '880', message: '880 whose $6 "" links it to no field: left out' })
  })

  it('has no vernacular text when the record has no 880', () => {
    expect(normalized(strongMedicine)).not.toHaveProperty('vernacular')
  })
})

describe('normalizeMarc21: other titles', () => {
  it('takes the variant titles of 246, without the $i that says which (traject record 87931798 and the Hebrew record)', () => {
    expect(normalized(fixtureRecord(traject, '87931798')).otherTitles).toEqual([
      'Āshnāyī bā ḥawzahʹhā-yi ʻilmīyah-ʼi Shīʻah dar ṭūl-i tārīkh',
      'Ḥawzahʹhā-yi ʻilmīyah-ʼi Shīʻah',
    ])
    expect(normalized(anarchyInZion!).otherTitles).toEqual(['Anarchy in "Zion" : between Martin Buber and A.D. Gordon'])
  })

  it('takes uniform titles (130, 240) without language or form, and added titles (740), each once (traject records)', () => {
    expect(normalized(fixtureRecord(traject, '86207417')).otherTitles).toEqual(['Jewish pirates'])
    expect(normalized(fixtureRecord(traject, '77826928')).otherTitles).toEqual(['Koryŏsa. Yŏlchŏn'])
    expect(normalized(fixtureRecord(traject, '92828023')).otherTitles).toEqual(['Mishnah berurah', 'Sefer Mishnah berurah ha-menuḳad', 'Ish matsliaḥ'])
  })

  it('leaves out an other-title field that holds no title, with a warning, and keeps the record', () => {
    const record = withFields(strongMedicine, [], [field('246', [['i', 'Title on cover:']], '1', ' '), field('740', [['a', ' ']], '0', '2')])
    const { record: normalisedRecord, warnings } = normalizedWithWarnings(record)
    expect(normalisedRecord).not.toHaveProperty('otherTitles')
    expect(warnings).toEqual([
      { field: '246', message: '246 holds no title: left out' },
      { field: '740', message: '740 holds no title: left out' },
    ])
  })
})

describe('normalizeMarc21: records without 001', () => {
  it('identifies a record by its system control number (035$a), normalised, with a warning', () => {
    const record = { ...fixtureRecord(traject, '2009373513'), controlFields: fixtureRecord(traject, '2009373513').controlFields.filter((f) => f.tag !== '001') }
    expect(normalizedWithWarnings(record)).toMatchObject({
      record: { id: '(OCoLC)268619391', title: 'Ci an zhou bian' },
      warnings: [{ field: '001', message: 'no record identifier in 001: identified by its system control number (035$a): (OCoLC)268619391' }],
    })
  })

  it('identifies it by the configured field before 035', () => {
    const withoutOwn = { ...budgetEstimating, controlFields: budgetEstimating.controlFields.filter((f) => f.tag !== '001') }
    const record = withFields(withoutOwn, [], [field('035', [['a', '(OCoLC)141484287']]), field('999', [['c', '4711']])])
    expect(normalized(record).id).toBe('(OCoLC)141484287')
    expect(normalizedWithWarnings(record, { idField: '999$c' })).toMatchObject({
      record: { id: '4711' },
      warnings: [{ field: '001', message: 'no record identifier in 001: identified by its 999$c: 4711' }],
    })
  })

  it('identifies a record with no identifier at all by a hash of its content (pymarc bad_records.mrc, record 1)', () => {
    const pragmaticProgrammer: MarcRecord = {
      controlFields: [],
      dataFields: [field('245', [['a', 'The pragmatic programmer : '], ['b', 'from journeyman to master /'], ['c', 'Andrew Hunt, David Thomas.']], '0', '1')],
      leader: '00127     2200037   4500',
    }
    const { record, warnings } = normalizedWithWarnings(pragmaticProgrammer)
    expect(record.id).toBe(contentHash({ authors: [], holdings: [], isbn: [], subjects: [], title: 'The pragmatic programmer : from journeyman to master' }))
    expect(normalized(pragmaticProgrammer).id).toBe(record.id)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toMatch(/^no record identifier in 001: identified by a hash of its title, authors, publisher, year and ISBNs/)
  })
})

describe('normalizeMarc21: values left out or repaired, with a warning', () => {
  it('leaves out an invalid ISBN and keeps the record', () => {
    const { record, warnings } = normalizedWithWarnings(withFields(budgetEstimating, ['020'], [field('020', [['a', '0833041216 (pbk.)']]), field('020', [['a', '9780833041210']])]))
    expect(record.isbn).toEqual(['9780833041210'])
    expect(warnings).toEqual([{ field: '020', message: '"0833041216 (pbk.)" in 020$a is no valid ISBN: left out' }])
  })

  it('does not count a copy at a location that is a barcode or a list (issue #11: "000268479", "off,eax")', () => {
    const { record, warnings } = normalizedWithWarnings(
      withFields(budgetEstimating, [], [field('852', [['b', '000268479'], ['h', 'UG1243']], '0'), field('852', [['b', 'off,eax']], '0')]),
    )
    expect(record.holdings).toEqual([
      { branch: 'BU', copies: 1 },
      { branch: 'MUG', copies: 1 },
    ])
    expect(warnings.map((warning) => warning.message)).toEqual([
      'location "000268479" in 852$b is not a location code (a long number): its copy is not counted at a branch',
      'location "off,eax" in 852$b is not a location code (a list): its copy is not counted at a branch',
    ])
  })

  it('reads a language code with punctuation, and leaves out one that is no code', () => {
    expect(normalizedWithWarnings(reformReport!)).toMatchObject({ record: { language: 'chi' } })
    expect(normalizedWithWarnings(reformReport!).warnings).toContainEqual({ field: '041', message: 'language "chi." read as "chi"' })
    const noCode = withFields(reformReport!, ['041'], [field('041', [['a', 'off,eax']], '0')])
    expect(normalized(noCode)).not.toHaveProperty('language')
    expect(normalizedWithWarnings(noCode).warnings).toContainEqual({ field: '041', message: 'language "off,eax" is no ISO 639-2 code: left out' })
  })

  it('says so when a date holds no year', () => {
    const record = { ...strongMedicine, controlFields: strongMedicine.controlFields.filter((f) => f.tag !== '008') }
    const undated = withFields(record, ['260'], [field('260', [['a', 'New York :'], ['b', 'Atria Books,'], ['c', '[19--]']])])
    expect(normalizedWithWarnings(undated).warnings).toEqual([{ field: '260', message: 'no year in the date "[19--]": left out' }])
  })
})
