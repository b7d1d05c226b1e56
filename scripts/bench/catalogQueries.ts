import fs from 'node:fs'
import readline from 'node:readline'

import { parse as parseIsbn } from 'isbn3'

import type { CatalogRecord } from '../../catalog/contract'
import { pieces, pieceTerms } from '../../catalog/search/terms'
import { pinyinForms } from '../../catalog/searchText'
import { loadWords } from '../../catalog/synthetic/words'

/** A query of each kind the benchmark times, and another of the same kind, typed next in the same page. */
export type BenchQuery = { kind: string; other: string; text: string }

const HAN = /^\p{Script=Han}+$/u
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

async function* readRecords(file: string): AsyncGenerator<CatalogRecord> {
  for await (const line of readline.createInterface({ crlfDelay: Infinity, input: fs.createReadStream(file) })) {
    if (line) yield JSON.parse(line) as CatalogRecord
  }
}

const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

/** Keys by how close their count is to `target`, then by count and key, for a choice that does not depend on order. */
const closestTo = (counts: Map<string, number>, target: number) =>
  [...counts].sort((a, b) => Math.abs(a[1] - target) - Math.abs(b[1] - target) || b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key)

/**
 * The benchmark's queries, chosen from the catalog itself (its `records.ndjson`): a rare word (one
 * of the generator's rare words found in two titles or more, else a title word found in about five), the two-character term
 * in the most titles, two common terms found together most often, an ISBN as printed
 * (hyphenated), and the joined pinyin of a title word found in about 1 % of the titles.
 */
export async function chooseQueries(recordsFile: string): Promise<BenchQuery[]> {
  const rareWords = loadWords().rareWords
  const rare = new Map<string, number>()
  const terms = new Map<string, number>()
  const words = new Map<string, number>()
  let records = 0
  for await (const record of readRecords(recordsFile)) {
    records += 1
    for (const word of rareWords) if (record.title.includes(word)) add(rare, word)
    for (const term of new Set(pieces(record.title).flatMap(pieceTerms))) if (term.length === 2 && HAN.test(term)) add(terms, term)
    const titleWords = [...segmenter.segment(record.title)].map((part) => part.segment)
    for (const word of new Set(titleWords)) if (HAN.test(word) && word.length >= 2 && word.length <= 4) add(words, word)
  }

  // The two common terms: of the eight commonest, the pairs without a shared character, by the titles that have both.
  const top = [...terms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([term]) => term)
  const pairs = new Map<string, number>()
  for (let i = 0; i < top.length; i += 1) {
    for (let j = i + 1; j < top.length; j += 1) if (![...top[i]!].some((char) => top[j]!.includes(char))) pairs.set(`${top[i]} ${top[j]}`, 0)
  }
  const isbns: string[] = []
  let n = 0
  for await (const record of readRecords(recordsFile)) {
    n += 1
    const title = new Set(pieces(record.title).flatMap(pieceTerms))
    for (const pair of pairs.keys()) if (pair.split(' ').every((term) => title.has(term))) add(pairs, pair)
    // ISBNs of records from the middle of the catalog on.
    const isbn = record.isbn[0] && parseIsbn(record.isbn[0])?.isbn13h
    if (isbn && n >= records / 2 && isbns.length < 2) isbns.push(isbn)
  }
  const together = [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([pair]) => pair)

  // The generator's rare words once the catalog is large enough to hold each a few times.
  const found = [...rare].filter(([, count]) => count >= 2 && count <= 100)
  const rarest = found.length >= 2 ? closestTo(new Map(found), 5) : closestTo(words, 5)
  const pinyin = closestTo(words, Math.max(3, records / 100)).slice(0, 2).map((word) => pinyinForms(word).at(-1)!.replaceAll(' ', ''))
  const pick = (kind: string, list: string[]): BenchQuery => {
    if (list.length < 2) throw new Error(`The catalog has too few records to choose two queries of kind "${kind}"`)
    return { kind, other: list[1]!, text: list[0]! }
  }
  return [pick('rare word', rarest), pick('common word', top), pick('two common words', together), pick('ISBN', isbns), pick('pinyin', pinyin)]
}
