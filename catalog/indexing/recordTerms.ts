/**
 * The terms a record is found by, each with its best tier: title words first, then authors, then
 * everything else. Beyond its own text: the other Chinese script, pinyin (joined, syllable by
 * syllable and as initials), word pairs for phrases, the whole title for exact matches, class
 * numbers with their prefixes, both forms of each ISBN and the branches that hold it.
 */
import type { CatalogRecord } from '../contract'
import { type Tier } from '../search/format'
import { branchTerm, classTerms, exactTitleTerm, textTerms, wordPairs } from '../search/terms'
import { authorsOf, isbnForms, otherScript, pinyinForms, titlesOf } from '../searchText'

/** Han terms in the other Chinese script, converted once each: a catalog has far fewer terms than texts. */
const variants = new Map<string, string[]>()
const MAX_CACHED_TERMS = 500_000
const HAN = /\p{Script=Han}/u

function otherScriptTerms(term: string): string[] {
  let found = variants.get(term)
  if (!found) {
    if (variants.size >= MAX_CACHED_TERMS) variants.clear()
    found = HAN.test(term) ? otherScript(term) : []
    variants.set(term, found)
  }
  return found
}

export function recordTerms(record: CatalogRecord): Map<string, Tier> {
  const terms = new Map<string, Tier>()
  const add = (term: string, tier: Tier) => {
    const before = terms.get(term)
    if (before === undefined || tier < before) terms.set(term, tier)
  }
  // Each Han term is also indexed in the other Chinese script, so 圖書館 finds 图书馆.
  const addText = (texts: (string | undefined)[], tier: Tier) => {
    for (const text of texts) {
      if (!text) continue
      for (const term of textTerms(text)) {
        add(term, tier)
        for (const variant of otherScriptTerms(term)) add(variant, tier)
      }
      for (const pair of wordPairs(text)) add(pair, tier)
    }
  }

  const titles = titlesOf(record)
  addText(titles, 0)
  for (const title of [...titles, ...titles.flatMap(otherScript)]) add(exactTitleTerm(title), 0)
  addText([...titles.flatMap((title) => pinyinForms(title, { initials: true })), record.titlePinyin], 0)

  const authors = authorsOf(record)
  addText([...authors, ...authors.flatMap((author) => pinyinForms(author))], 1)

  addText([record.publisher, record.vernacular?.publisher, ...(record.series ?? []), ...record.subjects], 2)
  if (record.clc) for (const term of classTerms(record.clc)) add(term, 2)
  for (const isbn of record.isbn) for (const form of isbnForms(isbn)) add(form.toLowerCase(), 2)
  for (const holding of record.holdings) add(branchTerm(holding.branch), 2)
  return terms
}
