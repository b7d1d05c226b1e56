import { describe, expect, it } from 'vitest'

import { describeCnmarc } from './cnmarcDescription'
import { fixtureRecord, readMarcXmlFixture } from './testing/marcXmlFixture'
import { field, withFields } from './testing/records'

/** Ten CNMARC records of Beijing Normal University, from dp2's SRU samples (DigitalPlatform/dp2, Apache-2.0). */
const dp2 = readMarcXmlFixture(new URL('../../tests/fixtures/marc/sample_cnmarcxml.xml', import.meta.url))
const titleOf = (record: ReturnType<typeof fixtureRecord>) => record.dataFields.find((f) => f.tag === '200')

describe('describeCnmarc', () => {
  it('gives responsibility, place, physical description with its ISBD marks, notes and the ISBN price of a real record', () => {
    const record = fixtureRecord(dp2, '990002181050203961')
    expect(describeCnmarc(record, titleOf(record))).toEqual({
      isbnTerms: [{ isbn: '9787503722912', price: 'CNY88.00' }],
      notes: ['封面英文题名:China Development Report 1996。', '本书由张塞等主编。'],
      physical: '422,图版[40]页 : 照片 ; 27cm',
      place: '北京',
      responsibility: '国家统计局编',
    })
  })

  it('gives edition, parallel titles, series with its number, contents, summary, the binding and a date that says more than the year', () => {
    const base = fixtureRecord(dp2, '990002180740203961')
    const title = field('200', [['a', '中国发展报告'], ['d', '= China development report'], ['f', '国家统计局编'], ['g', '叶震, 李强主编']], '1')
    const record = withFields(base, ['200', '010', '210'], [
      title,
      field('010', [['a', '7-5037-1744-0'], ['b', '精装'], ['d', 'CNY68.00']]),
      field('205', [['a', '第2版'], ['b', '修订本']]),
      field('210', [['a', '北京'], ['c', '中国统计出版社'], ['d', '1994.10']]),
      field('225', [['a', '国情丛书'], ['v', '3']], '2'),
      field('327', [['a', '总论'], ['a', '分论']], '1'),
      field('330', [['a', '本书系统介绍了1994年中国经济发展的情况。']]),
      field('510', [['a', 'Report on China development']], '1'),
    ])
    expect(describeCnmarc(record, title)).toMatchObject({
      contents: ['总论', '分论'],
      edition: '第2版, 修订本',
      isbnTerms: [{ isbn: '9787503717444', price: 'CNY68.00', qualifier: '精装' }],
      parallelTitles: ['China development report', 'Report on China development'],
      publicationDate: '1994.10',
      responsibility: '国家统计局编 ; 叶震, 李强主编',
      seriesStatements: [{ number: '3', title: '国情丛书' }],
      summary: ['本书系统介绍了1994年中国经济发展的情况。'],
    })
  })
})
