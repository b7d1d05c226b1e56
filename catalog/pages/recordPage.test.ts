import { describe, expect, it } from 'vitest'

import type { CatalogRecord } from '../contract'
import { normalizeRecord } from '../normalize'
import { fixtureRecord, readMarcXmlFixture } from '../normalize/testing/marcXmlFixture'
import { prepareShell, recordPage, withdrawnPage } from './recordPage'
import { testShells } from './testing/shells'

const fixture = (name: string) => new URL(`../../tests/fixtures/marc/${name}`, import.meta.url)
const dp2 = readMarcXmlFixture(fixture('sample_cnmarcxml.xml'))
const traject = readMarcXmlFixture(fixture('test_data.utf8.marc.xml'))
const [zh, en] = testShells().map((shell) => prepareShell(shell)) as [ReturnType<typeof prepareShell>, ReturnType<typeof prepareShell>]

const normalized = (record: Parameters<typeof normalizeRecord>[0]): CatalogRecord => {
  const result = normalizeRecord(record)
  if (!result.ok) throw new Error(result.reason)
  return result.record
}
/** The page's text without its tags, as a reader sees it. */
const visible = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('recordPage', () => {
  it('shows the whole record of a CNMARC book, with the head a link preview and a search engine read', () => {
    const record = normalized(fixtureRecord(dp2, '990002181050203961'))
    const page = recordPage(record, zh)
    const text = visible(page)
    expect(page).toContain(`<title>${record.title} · 醴陵市图书馆</title>`)
    expect(page).toContain(`<meta property="og:title" content="${record.title}">`)
    expect(page).toContain('<link rel="canonical" href="https://library.example/catalog/record/990002181050203961/">')
    for (const shown of ['国家统计局编', '北京 : 中国统计出版社, 1996', '422,图版[40]页 : 照片 ; 27cm', '本书由张塞等主编。', '978-7-5037-2291-2', 'CNY88.00', '中文', '醴陵市图书馆总馆', 'F124']) {
      expect(text).toContain(shown)
    }
    // The MARC view: every field, its indicators and subfields.
    expect(page).toMatch(/<th scope="row">200<\/th><td>1_<\/td><td dir="auto"><span class="sf"><b>\$a<\/b>/)
    // The reference to cite it by, in the Chinese standard's form.
    expect(text).toContain('张塞. \'96 中国发展报告: 中国的“八五”[M]. 北京: 中国统计出版社, 1996.')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!)
    expect(jsonLd).toMatchObject({ '@type': 'Book', isbn: '9787503722912', name: record.title, url: 'https://library.example/catalog/record/990002181050203961/' })
  })

  it('labels in English on the English page, the record text marked with its language', () => {
    const record = normalized(fixtureRecord(traject, '2009373513'))
    const page = recordPage(record, en)
    expect(visible(page)).toContain('Statement of responsibility')
    expect(page).toContain('<span lang="zh-Latn">Ci an zhou bian</span><span class="vernacular" lang="zh-CN" dir="auto">次按驟變</span>')
    expect(page).toContain('<a href="/en/catalog/?q=Lin%20Xingzhi%20zuo%20pin%20ji">')
    expect(visible(page)).toContain('Lin Xingzhi zuo pin ji ; 51')
    expect(visible(page)).toContain('Chinese')
  })

  it('escapes what a record holds, in the page and in its structured data', () => {
    const record = normalized(fixtureRecord(dp2, '990002181050203961'))
    const hostile = { ...record, authors: ['"><img src=x onerror=alert(1)>'], title: '</script><script>alert(1)</script>' }
    const page = recordPage(hostile, zh)
    expect(page).not.toContain('<script>alert(1)')
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]).toContain('\\u003c/script>')
  })

  it('shortens a long title in the document title as the site does, and names a location it knows no service point for by its code', () => {
    const record = normalized(fixtureRecord(dp2, '990002181050203961'))
    const long = { ...record, holdings: [{ branch: 'XYZ', copies: 2 }], title: '醴陵'.repeat(40) }
    const page = recordPage(long, zh)
    expect(/<title>(.*?)<\/title>/.exec(page)![1]!.length).toBeLessThanOrEqual(61)
    expect(page).toContain('<code>XYZ</code>')
  })

  it('shows the copies under the name of the service point holding them, with its address and hours, each copy with its shelf mark and barcode', () => {
    const record = normalized(fixtureRecord(dp2, '990002181050203961'))
    const held = {
      ...record,
      holdings: [
        { branch: 'BNU', copies: 2 },
        { branch: 'XYZ', copies: 1 },
      ],
      items: [
        { barcode: 'LL0001', branch: 'BNU', location: '少儿借阅室' },
        { barcode: 'LL0002', branch: 'BNU', location: '少儿借阅室', shelfMark: 'F124/26:2' },
        { barcode: 'LL0003', branch: 'XYZ' },
      ],
    }
    const holdings = /<section class="holdings".*?<\/section><\/section>(?=<section class="related")/s.exec(recordPage(held, zh))![0]
    expect(holdings).toContain('<h3><a href="/branches/#point-central-library">醴陵市图书馆总馆</a></h3>')
    // Each copy's status, hidden until the page's script has it from the availability files.
    expect(holdings).toContain('data-record="990002181050203961"')
    expect(holdings).toContain('<td class="copy-status" hidden data-barcode="LL0001"></td>')
    const [central, unmapped] = holdings.split('<section class="place">').slice(1).map(visible) as [string, string]
    expect(central).toContain('地址 醴陵市西山街道')
    expect(central).toContain('开放时间 每天 8:30–17:30')
    expect(central).toContain('索取号 条码号 馆藏位置 状态 F124/26 LL0001 少儿借阅室 F124/26:2 LL0002 少儿借阅室')
    // A code no service point has is shown as a code, its copies still listed.
    expect(unmapped).toContain('馆藏地代码 XYZ')
    expect(unmapped).toContain('F124/26 LL0003')
    expect(unmapped).not.toContain('馆藏位置')

    expect(visible(recordPage(held, en))).toContain('Central Library Address Xishan Subdistrict, Liling Opening hours Daily 8:30–17:30 Call number Barcode Shelved in')
  })

  it('says a record is gone, and keeps its page out of search engines', () => {
    const page = withdrawnPage('990002181050203961', en)
    expect(page).toContain('<meta name="robots" content="noindex">')
    expect(visible(page)).toContain('This record was not found')
  })
})
