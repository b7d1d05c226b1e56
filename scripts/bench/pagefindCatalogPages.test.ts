import { describe, expect, it } from 'vitest'

import type { CatalogRecord } from '../../catalog/contract'
import { type RecordSummary, searchPageHtml } from './pagefindCatalogPages'

/** The constructed record of tests/fixtures/marc/pinyin-880.xml, as normalised. */
const reformReport: CatalogRecord = {
  authors: ['Guo jia fa zhan he gai ge wei yuan hui'],
  holdings: [{ branch: 'BNU', copies: 1 }],
  id: '(aleph)000632811BNU03',
  isbn: ['9787040247657'],
  language: 'chi',
  otherTitles: ['Zhongguo gai ge gen zong bao gao'],
  publisher: 'Gao deng jiao yu chu ban she',
  subjects: [],
  title: "'08 Zhongguo gai ge gen zong bao gao",
  vernacular: { authors: ['国家发展和改革委员会'], otherTitles: ['中国改革跟踪报告'], publisher: '高等教育出版社', title: "'08中国改革跟踪报告" },
  year: 2008,
}

const summaries = (html: string): Record<string, RecordSummary> =>
  JSON.parse(/data-pagefind-meta="records">([^<]*)</.exec(html)![1]!.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&'))

describe('searchPageHtml', () => {
  it('indexes the other titles and the text in its own script under the heading of the record', () => {
    const html = searchPageHtml([reformReport])
    const section = /<section>([\s\S]*)<\/section>/.exec(html)![1]!
    expect(section).toMatch(/^<h2 id="r-\(aleph\)000632811BNU03">'08 Zhongguo gai ge gen zong bao gao<\/h2><p>/)
    for (const text of ['Zhongguo gai ge gen zong bao gao', "'08中国改革跟踪报告", '中国改革跟踪报告', '国家发展和改革委员会', '高等教育出版社']) expect(section).toContain(text)
  })

  it('gives the result list the title in its own script', () => {
    expect(summaries(searchPageHtml([reformReport]))[reformReport.id]).toMatchObject({ p: 'Gao deng jiao yu chu ban she', v: "'08中国改革跟踪报告" })
    const { vernacular, ...romanisedOnly } = reformReport
    expect(vernacular).toBeDefined()
    expect(summaries(searchPageHtml([romanisedOnly]))[reformReport.id]).not.toHaveProperty('v')
  })
})
