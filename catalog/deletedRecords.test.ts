import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { importCatalog } from './importCatalog'
import { fixture } from './marc/testing/files'
import { readExport } from './readExport'
import { currentBuild, readRecords } from './store'

const stub = (id: string | undefined, status = 'd') =>
  `<record><leader>00000${status}am a2200000 a 4500</leader>${id === undefined ? '' : `<controlfield tag="001">${id}</controlfield>`}` +
  `<datafield tag="245" ind1="0" ind2="0"><subfield code="a">Withdrawn</subfield></datafield></record>`

const importInto = (dir: string, file: string, incremental = false) =>
  importCatalog([file], { dir, incremental, log: () => {}, read: (name) => readExport(name, 'auto') })

describe('records an export marks deleted (leader/05 d)', () => {
  it('are removed by an incremental import; a deleted record without an identifier is reported, not guessed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-deleted-'))
    await importInto(dir, fixture('test_data.utf8.mrc'))
    const before = await readRecords(currentBuild(dir))
    expect(before.has('00282214')).toBe(true)

    const updates = path.join(dir, 'nightly.xml')
    fs.writeFileSync(updates, `<collection xmlns="http://www.loc.gov/MARC21/slim">${stub('   00282214 ')}${stub('   00282371 ')}${stub('never-there')}${stub(undefined)}</collection>`)
    const summary = await importInto(dir, updates, true)
    expect(summary).toMatchObject({ removed: 2, skipped: 1 })
    const after = await readRecords(currentBuild(dir))
    expect(after.size).toBe(before.size - 2)
    expect(after.has('00282214')).toBe(false)
    expect(after.has('00282371')).toBe(false)
    expect(after.has('00313831')).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'import-report.txt'), 'utf8')).toMatch(/nightly\.xml, record 4 \(byte \d+\): the record is marked deleted \(leader\/05 d\) but has no identifier/)
  })

  it('are kept by a full import, which is the catalog as the library system has it; in an incremental one, a record brought again after its deletion stays', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-deleted-'))
    const full = path.join(dir, 'full.xml')
    fs.writeFileSync(full, `<collection>${stub('A')}${stub('B', 'n')}</collection>`)
    expect(await importInto(dir, full)).toMatchObject({ added: 2 })
    const nightly = path.join(dir, 'nightly.xml')
    fs.writeFileSync(nightly, `<collection>${stub('A')}${stub('B')}${stub('B', 'c')}${stub('C', 'n')}</collection>`)
    expect(await importInto(dir, nightly, true)).toMatchObject({ added: 1, removed: 1 })
    expect([...(await readRecords(currentBuild(dir))).keys()]).toEqual(['B', 'C'])
  })
})
