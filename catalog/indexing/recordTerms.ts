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
/** The terms of texts that recur from record to record (publishers, subjects, series), and of names, found once each. */
const recurring = new Map<string, string[]>()
const names = new Map<string, string[]>()
/** Entries a cache holds at most: enough for the texts that recur most in a large catalog, little memory for each thread. */
const MOST_CACHED = 50_000
const MOST_VARIANTS = 500_000
const NO_VARIANTS: string[] = []
const HAN = /\p{Script=Han}/u
/** Below the first Han character (U+2E80), no term has another script. */
const FIRST_HAN = 0x2e80
const PINYIN_WORD = /^[a-z0-9]+$/

function cached(cache: Map<string, string[]>, key: string, find: (key: string) => string[], most = MOST_CACHED): string[] {
  let found = cache.get(key)
  if (!found) {
    if (cache.size >= most) cache.clear()
    found = find(key)
    cache.set(key, found)
  }
  return found
}

function variantsOf(term: string): string[] {
  const found = HAN.test(term) ? otherScript(term) : NO_VARIANTS
  return found.length > 0 ? found : NO_VARIANTS
}

const otherScriptTerms = (term: string) => cached(variants, term, variantsOf, MOST_VARIANTS)

/** A text's terms: its own, the same in the other Chinese script (so 圖書館 finds 图书馆), and its word pairs. */
function termsOf(text: string): string[] {
  // Pinyin forms are most of the texts, and one word each.
  if (PINYIN_WORD.test(text)) return [text]
  const terms = new Set<string>()
  for (const term of textTerms(text)) {
    terms.add(term)
    if (term.charCodeAt(0) >= FIRST_HAN) for (const variant of otherScriptTerms(term)) terms.add(variant)
  }
  for (const pair of wordPairs(text)) terms.add(pair)
  return [...terms]
}

const recurringTerms = (text: string) => cached(recurring, text, termsOf)
/** A name's terms, and those of its pinyin forms. */
const nameTerms = (name: string) => cached(names, name, () => [...new Set([name, ...pinyinForms(name)].flatMap(termsOf))])

export function recordTerms(record: CatalogRecord): Map<string, Tier> {
  const terms = new Map<string, Tier>()
  const add = (term: string, tier: Tier) => {
    const before = terms.get(term)
    if (before === undefined || tier < before) terms.set(term, tier)
  }
  const addAll = (found: string[], tier: Tier) => {
    for (const term of found) add(term, tier)
  }

  const titles = titlesOf(record)
  for (const title of titles) addAll(termsOf(title), 0)
  for (const title of [...titles, ...titles.flatMap(otherScript)]) add(exactTitleTerm(title), 0)
  for (const text of [...titles.flatMap((title) => pinyinForms(title, { initials: true })), record.titlePinyin]) if (text) addAll(termsOf(text), 0)

  for (const author of authorsOf(record)) addAll(nameTerms(author), 1)

  for (const text of [record.publisher, record.vernacular?.publisher, ...(record.series ?? []), ...record.subjects]) if (text) addAll(recurringTerms(text), 2)
  if (record.clc) for (const term of classTerms(record.clc)) add(term, 2)
  for (const isbn of record.isbn) for (const form of isbnForms(isbn)) add(form.toLowerCase(), 2)
  for (const holding of record.holdings) add(branchTerm(holding.branch), 2)
  return terms
}
