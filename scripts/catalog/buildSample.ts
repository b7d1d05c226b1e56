/**
 * `npx tsx scripts/catalog/buildSample.ts`: writes the sample catalog a fresh installation
 * starts with (content/catalog-sample/sample-catalog.mrc, see its README) from real, openly
 * licensed records of tests/fixtures/marc/, each given a copy or two at the seeded service
 * points in place of the holdings of the library it came from. Run again only to change it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { writeIso2709 } from '../../catalog/marc/iso2709Writer'
import type { DataField, MarcRecord } from '../../catalog/marc/types'
import { readExport } from '../../catalog/readExport'
import { projectRoot } from '../../shared/paths'

const SOURCES = ['cnmarc-dp2.utf8.mrc', 'test_data.utf8.mrc', 'bu_bibs.mrc', 'hebrew880s.marc']
const OUT = path.join(projectRoot, 'content', 'catalog-sample', 'sample-catalog.mrc')
/** The seeded service points (content/service-points.yaml) the copies are spread over, the central library first and most. */
const PLACES = [
  'central-library',
  'central-library',
  'baitutan-branch',
  'central-library',
  'wangxian-branch',
  'yangsanshi-branch',
  'central-library',
  'mobile-book-van',
]
/** The fields that carry another library's copies. */
const ITEM_FIELDS = new Set(['852', '905', '949', '952'])

const isCnmarc = (record: MarcRecord) => record.dataFields.some((field) => field.tag === '200')
const sub = (code: string, value: string) => ({ code, value })

/** The copies of the `n`-th record: one or two, at places taken in turn, with barcodes of their own. */
function copiesOf(record: MarcRecord, n: number): DataField[] {
  const places = n % 3 === 0 ? [PLACES[n % PLACES.length]!, PLACES[(n + 3) % PLACES.length]!] : [PLACES[n % PLACES.length]!]
  return places.map((place, copy) => {
    const barcode = `LL-SAMPLE-${String(n * 2 + copy + 1).padStart(5, '0')}`
    return isCnmarc(record)
      ? { ind1: ' ', ind2: ' ', subfields: [sub('a', place), sub('b', barcode)], tag: '905' }
      : { ind1: ' ', ind2: ' ', subfields: [sub('b', place), sub('p', barcode)], tag: '852' }
  })
}

const out = fs.createWriteStream(OUT)
let n = 0
for (const source of SOURCES) {
  for await (const result of readExport(path.join(projectRoot, 'tests', 'fixtures', 'marc', source), 'auto')) {
    if (!result.ok || !('record' in result) || result.warnings.length > 0) continue
    const record = result.record
    const leader = isCnmarc(record) ? record.leader : `${record.leader.slice(0, 9)}a${record.leader.slice(10)}`
    const dataFields = [...record.dataFields.filter((field) => !ITEM_FIELDS.has(field.tag)), ...copiesOf(record, n)]
    out.write(writeIso2709({ ...record, dataFields, leader }))
    n += 1
  }
}
out.end()
await new Promise<void>((resolve) => out.once('finish', () => resolve()))
console.log(`Sample catalog: ${n} records in ${path.relative(projectRoot, OUT)}`)
