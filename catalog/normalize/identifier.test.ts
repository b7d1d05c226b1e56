import { describe, expect, it } from 'vitest'

import type { MarcRecord, RecordWarning } from '../marc/types'
import { contentHash, readFieldSpec, recordId, systemNumber } from './identifier'
import { field } from './testing/records'

const content = { authors: ['Hunt, Andrew', 'Thomas, David'], holdings: [], isbn: ['9780201616224'], publisher: 'Addison-Wesley', subjects: [], title: 'The pragmatic programmer : from journeyman to master', year: 2000 }

const identify = (record: MarcRecord, idField?: string) => {
  const warnings: RecordWarning[] = []
  return { id: recordId(record, content, { idField }, warnings), warnings }
}

const record = (controlFields: [string, string][], dataFields: MarcRecord['dataFields']): MarcRecord => ({
  controlFields: controlFields.map(([tag, value]) => ({ tag, value })),
  dataFields,
  leader: '00000cam a2200000 a 4500',
})

describe('readFieldSpec', () => {
  it('reads a data field with its subfield, or a control field', () => {
    expect(readFieldSpec('999$c')).toEqual({ code: 'c', tag: '999' })
    expect(readFieldSpec(' 035 $a ')).toEqual({ code: 'a', tag: '035' })
    expect(readFieldSpec('009')).toEqual({ tag: '009' })
  })

  it('refuses what names no field that holds a value, naming it', () => {
    for (const spec of ['999', '001$a', '99$c', 'biblionumber', '']) {
      expect(() => readFieldSpec(spec), spec).toThrow(`"${spec}" names no field that holds a record identifier`)
    }
  })
})

describe('systemNumber', () => {
  it('writes an OCLC number one way, however the export wrote it (traject and bu_bibs records)', () => {
    expect(systemNumber('(OCoLC)ocn268619391')).toBe('(OCoLC)268619391')
    expect(systemNumber('(OCoLC)141484287')).toBe('(OCoLC)141484287')
    expect(systemNumber('ocm00012345')).toBe('(OCoLC)12345')
    expect(systemNumber('ocn710973037')).toBe('(OCoLC)710973037')
  })

  it("keeps another system's number with its prefix, without spaces, and refuses what is no number", () => {
    expect(systemNumber('(aleph)000137928BNU03')).toBe('(aleph)000137928BNU03')
    expect(systemNumber('4083985')).toBe('4083985')
    expect(systemNumber('(CaOOAMICUS) 000012345')).toBe('(CaOOAMICUS)000012345')
    expect(systemNumber('S#)')).toBeUndefined()
    expect(systemNumber('(OCoLC)')).toBeUndefined()
  })
})

describe('contentHash', () => {
  it('is the same for the same record in another export, spelt or punctuated a little differently', () => {
    const again = { ...content, authors: ['HUNT, Andrew', 'Thomas,  David.'], isbn: [...content.isbn], title: 'The Pragmatic Programmer: From Journeyman to Master' }
    expect(contentHash(again)).toBe(contentHash(content))
    expect(contentHash(content)).toMatch(/^hash-[0-9a-f]{16}$/)
  })

  it('differs for another edition', () => {
    expect(contentHash({ ...content, year: 2019 })).not.toBe(contentHash(content))
    expect(contentHash({ ...content, isbn: ['9780135957059'] })).not.toBe(contentHash(content))
  })
})

describe('recordId', () => {
  it("takes the record's 001, trimmed, without a warning", () => {
    expect(identify(record([['001', '  2009373513']], [field('035', [['a', '(OCoLC)ocn268619391']])]))).toEqual({ id: '2009373513', warnings: [] })
  })

  it('takes the configured field when there is no 001, and says so', () => {
    const koha = record([], [field('035', [['a', '(OCoLC)ocn268619391']]), field('999', [['c', '4711'], ['d', '4711']])])
    expect(identify(koha, '999$c')).toEqual({ id: '4711', warnings: [{ field: '001', message: 'no record identifier in 001: identified by its 999$c: 4711' }] })
  })

  it('takes the first system control number of 035 when there is no 001 nor configured field', () => {
    const lc = record([], [field('035', [['a', 'S#)']]), field('035', [['a', '(OCoLC)ocn268619391']]), field('035', [['a', '(OCoLC)268619391']])])
    expect(identify(lc, '999$c')).toEqual({
      id: '(OCoLC)268619391',
      warnings: [{ field: '001', message: 'no record identifier in 001: identified by its system control number (035$a): (OCoLC)268619391' }],
    })
  })

  it('makes one of the content when the record has no identifier at all (pymarc bad_records.mrc, record 1)', () => {
    const { id, warnings } = identify(record([], [field('245', [['a', 'The pragmatic programmer : '], ['b', 'from journeyman to master /'], ['c', 'Andrew Hunt, David Thomas.']], '0', '1')]))
    expect(id).toBe(contentHash(content))
    expect(warnings).toEqual([{ field: '001', message: `no record identifier in 001: identified by a hash of its title, authors, publisher, year and ISBNs (the same in every export): ${id}` }])
  })

  it('takes an empty 001 for none', () => {
    expect(identify(record([['001', '   ']], [field('035', [['a', '4083985']])])).id).toBe('4083985')
  })
})
