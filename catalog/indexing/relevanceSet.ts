/**
 * How good the catalog's ranking is, measured: a small catalog of real books and the queries a
 * reader would type, each with the records that should be in its first ten results (and, where it
 * matters, the one that should come first). relevanceSet.test.ts holds the index to it;
 * `npm run bench:catalog` reports its precision at 10.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CatalogRecord } from '../contract'
import { CatalogIndexReader } from '../search/reader'
import { RECORDS_FILE, writeRecords } from '../store'
import { diskSource } from './diskSource'
import { writeCatalogIndex } from './writeIndex'

const book = (id: string, title: string, year: number, more: Partial<CatalogRecord> = {}): CatalogRecord => ({
  authors: [],
  holdings: [{ branch: 'main', copies: 1 }],
  id,
  isbn: [],
  language: 'chi',
  subjects: [],
  title,
  year,
  ...more,
})

export const RELEVANCE_RECORDS: CatalogRecord[] = [
  book('r01', '中国发展报告', 2008, { authors: ['国家统计局'], clc: 'F124', clcClass: 'F', publisher: '中国统计出版社' }),
  book('r02', '中国发展报告', 2015, { authors: ['国家统计局'], clc: 'F124', clcClass: 'F', publisher: '中国统计出版社' }),
  book('r03', '中国经济发展史', 2019, { authors: ['王伟'], clc: 'F129', clcClass: 'F', publisher: '湖南人民出版社' }),
  book('r04', '发展心理学', 2018, { authors: ['林崇德'], clc: 'B844', clcClass: 'B', publisher: '人民教育出版社' }),
  book('r05', '红楼梦', 1982, { authors: ['曹雪芹', '高鹗'], clc: 'I242.4', clcClass: 'I', publisher: '人民文学出版社' }),
  book('r06', '红楼梦研究', 2010, { authors: ['俞平伯'], clc: 'I207.411', clcClass: 'I', subjects: ['红楼梦研究'] }),
  book('r07', '红楼梦人物论', 2006, { authors: ['王昆仑'], clc: 'I207.411', clcClass: 'I' }),
  book('r08', '三国演义', 1998, { authors: ['罗贯中'], clc: 'I242.4', clcClass: 'I', publisher: '人民文学出版社' }),
  book('r09', '三国志', 2011, { authors: ['陈寿'], clc: 'K236', clcClass: 'K', publisher: '中华书局' }),
  book('r10', '西游记', 2005, { authors: ['吴承恩'], clc: 'I242.4', clcClass: 'I' }),
  book('r11', '水浒传', 2004, { authors: ['施耐庵'], clc: 'I242.4', clcClass: 'I' }),
  book('r12', '围城', 1991, { authors: ['钱钟书'], clc: 'I246.5', clcClass: 'I', publisher: '人民文学出版社' }),
  book('r13', '钱钟书传', 2001, { authors: ['汤晏'], clc: 'K825.6', clcClass: 'K' }),
  book('r14', '平凡的世界', 2012, { authors: ['路遥'], clc: 'I247.5', clcClass: 'I', publisher: '北京十月文艺出版社' }),
  book('r15', '人生', 2017, { authors: ['路遥'], clc: 'I247.5', clcClass: 'I' }),
  book('r16', '人生的智慧', 2020, { authors: ['叔本华'], clc: 'B516.41', clcClass: 'B' }),
  book('r17', '活着', 2012, { authors: ['余华'], clc: 'I247.57', clcClass: 'I', publisher: '作家出版社' }),
  book('r18', '许三观卖血记', 2012, { authors: ['余华'], clc: 'I247.57', clcClass: 'I', publisher: '作家出版社' }),
  book('r19', '醴陵瓷业史', 2014, { authors: ['醴陵市志编纂委员会'], clc: 'TQ174', clcClass: 'T', subjects: ['陶瓷工业'] }),
  book('r20', '醴陵釉下五彩瓷', 2016, { clc: 'TQ174.7', clcClass: 'T', subjects: ['釉下彩'] }),
  book('r21', '湖南通史', 2008, { clc: 'K296.4', clcClass: 'K', publisher: '湖南人民出版社' }),
  book('r22', '湖南省志', 1999, { clc: 'K296.4', clcClass: 'K', publisher: '湖南人民出版社' }),
  book('r23', '长沙史话', 2013, { clc: 'K296.41', clcClass: 'K', publisher: '湖南人民出版社' }),
  book('r24', '中国古代史', 2007, { clc: 'K220', clcClass: 'K', publisher: '高等教育出版社' }),
  book('r25', '中国近代史纲要', 2021, { clc: 'K250', clcClass: 'K', publisher: '高等教育出版社' }),
  book('r26', '图书馆学概论', 2003, { authors: ['吴慰慈'], clc: 'G250', clcClass: 'G', publisher: '国家图书馆出版社' }),
  book('r27', '公共图书馆服务', 2016, { clc: 'G258.2', clcClass: 'G', publisher: '国家图书馆出版社' }),
  book('r28', '数据结构', 2011, { authors: ['严蔚敏'], clc: 'TP311.12', clcClass: 'T', publisher: '清华大学出版社' }),
  book('r29', '数据库系统概论', 2014, { authors: ['王珊'], clc: 'TP311.13', clcClass: 'T', publisher: '高等教育出版社' }),
  book('r30', '算法导论', 2013, { authors: ['科尔曼', '殷建平'], clc: 'TP301.6', clcClass: 'T', publisher: '机械工业出版社' }),
  book('r31', 'War and peace', 2007, { authors: ['Tolstoy, Leo'], clc: 'I512.44', clcClass: 'I', language: 'eng' }),
  book('r32', 'Peace and war : a theory of international relations', 2003, { authors: ['Aron, Raymond'], clc: 'D81', clcClass: 'D', language: 'eng' }),
  book('r33', 'Hamlet', 2003, { authors: ['Shakespeare, William'], clc: 'I561.33', clcClass: 'I', language: 'eng' }),
  book('r34', 'The complete works of Shakespeare', 1997, { authors: ['Bevington, David'], clc: 'I561.3', clcClass: 'I', language: 'eng' }),
  book('r35', 'A history of China', 2005, { authors: ['Eberhard, Wolfram'], clc: 'K20', clcClass: 'K', language: 'eng' }),
  book('r36', 'China : a history', 2011, { authors: ['Keay, John'], clc: 'K20', clcClass: 'K', language: 'eng' }),
  book('r37', 'The Cambridge history of China', 1978, { clc: 'K20', clcClass: 'K', language: 'eng' }),
  book('r38', 'Pride and prejudice', 2002, { authors: ['Austen, Jane'], clc: 'I561.44', clcClass: 'I', language: 'eng' }),
  book('r39', 'Introduction to algorithms', 2009, { authors: ['Cormen, Thomas H.'], clc: 'TP301.6', clcClass: 'T', isbn: ['9780262033848'], language: 'eng' }),
  book('r40', 'Data structures and algorithms', 1983, { authors: ['Aho, Alfred V.'], clc: 'TP311.12', clcClass: 'T', language: 'eng' }),
  book('r41', '小王子', 2015, { authors: ['圣埃克苏佩里'], clc: 'I565.88', clcClass: 'I' }),
  book('r42', '哈利·波特与魔法石', 2000, { authors: ['J.K.罗琳'], clc: 'I561.84', clcClass: 'I', publisher: '人民文学出版社' }),
  book('r43', '哈利·波特与密室', 2000, { authors: ['J.K.罗琳'], clc: 'I561.84', clcClass: 'I', publisher: '人民文学出版社' }),
  book('r44', '三体', 2008, { authors: ['刘慈欣'], clc: 'I247.55', clcClass: 'I', publisher: '重庆出版社' }),
  book('r45', '三体Ⅱ : 黑暗森林', 2008, { authors: ['刘慈欣'], clc: 'I247.55', clcClass: 'I', publisher: '重庆出版社' }),
  book('r46', '乡土中国', 2019, { authors: ['费孝通'], clc: 'C912.82', clcClass: 'C' }),
  book('r47', '中国人', 2010, { authors: ['林语堂'], clc: 'K203', clcClass: 'K' }),
  book('r48', '中国', 2018, { clc: 'K92', clcClass: 'K' }),
  book('r49', '家', 2004, { authors: ['巴金'], clc: 'I246.5', clcClass: 'I', publisher: '人民文学出版社' }),
  book('r50', '家春秋', 2013, { authors: ['巴金'], clc: 'I246.5', clcClass: 'I' }),
  book('r51', '湖南人', 2015, { clc: 'K820.864', clcClass: 'K', publisher: '湖南人民出版社' }),
]

/** A query, the records that should be among its first ten results, and the one that should come first (when one should). */
export type RelevanceQuery = { first?: string; query: string; relevant: string[] }

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  { first: 'r05', query: '红楼梦', relevant: ['r05', 'r06', 'r07'] },
  { first: 'r08', query: '三国演义', relevant: ['r08'] },
  { query: '三国', relevant: ['r08', 'r09'] },
  { query: '发展', relevant: ['r01', 'r02', 'r03', 'r04'] },
  { query: '中国发展报告', relevant: ['r01', 'r02'] },
  { query: 'zgfzbg', relevant: ['r01', 'r02'] },
  { query: 'hongloumeng', relevant: ['r05', 'r06', 'r07'] },
  { query: 'hong lou meng', relevant: ['r05', 'r06', 'r07'] },
  { first: 'r26', query: '圖書館學概論', relevant: ['r26'] },
  { query: '图书馆', relevant: ['r26', 'r27'] },
  { query: '钱钟书', relevant: ['r12', 'r13'] },
  { query: '路遥', relevant: ['r14', 'r15'] },
  { query: '余华', relevant: ['r17', 'r18'] },
  { first: 'r17', query: '活着', relevant: ['r17'] },
  { first: 'r15', query: '人生', relevant: ['r15', 'r16'] },
  { first: 'r49', query: '家', relevant: ['r49'] },
  { query: '醴陵', relevant: ['r19', 'r20'] },
  { first: 'r20', query: '釉下五彩', relevant: ['r20'] },
  { query: '湖南', relevant: ['r21', 'r22', 'r51'] },
  { query: 'TP311', relevant: ['r28', 'r29', 'r40'] },
  { query: 'I242.4', relevant: ['r05', 'r08', 'r10', 'r11'] },
  { first: 'r39', query: 'ISBN 978-0-262-03384-8', relevant: ['r39'] },
  { first: 'r39', query: '0262033844', relevant: ['r39'] },
  { first: 'r31', query: '"war and peace"', relevant: ['r31'] },
  { query: 'war peace', relevant: ['r31', 'r32'] },
  { query: 'shakespeare', relevant: ['r33', 'r34'] },
  { first: 'r33', query: 'hamlet', relevant: ['r33'] },
  { query: 'history china', relevant: ['r35', 'r36', 'r37'] },
  { first: 'r35', query: '"history of china"', relevant: ['r35'] },
  { query: 'algorithms', relevant: ['r39', 'r40'] },
  { first: 'r44', query: '三体', relevant: ['r44', 'r45'] },
  { query: '哈利波特', relevant: ['r42', 'r43'] },
  { query: '刘慈欣', relevant: ['r44', 'r45'] },
  { first: 'r46', query: '乡土中国', relevant: ['r46'] },
  { first: 'r47', query: '中国人', relevant: ['r47'] },
  { first: 'r48', query: '中国', relevant: ['r48'] },
  { query: 'pride prejudice', relevant: ['r38'] },
  { first: 'r28', query: '数据结构', relevant: ['r28'] },
  { first: 'r49', query: '巴金 家', relevant: ['r49'] },
]

export type RelevanceScore = {
  /** Share of the queries with a `first` whose first result is that record. */
  firstRight: number
  /** Per query, what is wrong: relevant records missing from the first ten, or the wrong first. */
  misses: string[]
  /** Mean precision at 10: per query, the relevant records among the first ten over the number there could be. */
  precisionAt10: number
}

export async function scoreRelevance(reader: CatalogIndexReader, queries = RELEVANCE_QUERIES): Promise<RelevanceScore> {
  let precision = 0
  let firsts = 0
  let firstRight = 0
  const misses: string[] = []
  for (const { first, query, relevant } of queries) {
    const ids = (await reader.search({ query })).hits.map((hit) => hit.id)
    const found = relevant.filter((id) => ids.includes(id))
    precision += found.length / Math.min(10, relevant.length)
    if (found.length < relevant.length) misses.push(`${query}: ${relevant.filter((id) => !found.includes(id)).join(', ')} not in the first ten (${ids.join(', ')})`)
    if (first) {
      firsts += 1
      if (ids[0] === first) firstRight += 1
      else misses.push(`${query}: ${ids[0] ?? 'nothing'} first, not ${first}`)
    }
  }
  return { firstRight: firsts ? firstRight / firsts : 1, misses, precisionAt10: precision / queries.length }
}

/** The index's score on the relevance set: its books indexed in a folder of their own, then searched. */
export async function measureRelevance(): Promise<RelevanceScore> {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-relevance-'))
  try {
    await writeRecords(build, RELEVANCE_RECORDS)
    const { manifest } = await writeCatalogIndex(path.join(build, RECORDS_FILE), path.join(build, 'index'))
    return await scoreRelevance(new CatalogIndexReader(manifest, diskSource(path.join(build, 'index'))))
  } finally {
    fs.rmSync(build, { force: true, recursive: true })
  }
}
