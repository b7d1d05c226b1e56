import * as OpenCC from 'opencc-js'
import { pinyin } from 'pinyin-pro'

import type { CatalogRecord } from './contract'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const HAN = /\p{Script=Han}/u
const LONGEST_PINYIN_WORD = 3

const syllables = (text: string) => pinyin(text, { nonZh: 'removed', toneType: 'none', type: 'array' }).filter(Boolean)

/**
 * Pinyin spellings of Chinese text, as readers type them: every word and run of up to three
 * words joined (图书馆 → tushuguan, even where the segmenter splits it 图书|馆), the whole text
 * joined, and the whole text syllable by syllable (tu shu guan).
 */
export function pinyinForms(text: string): string[] {
  if (!HAN.test(text)) return []
  const words = [...segmenter.segment(text)].filter((part) => part.isWordLike && HAN.test(part.segment)).map((part) => part.segment)
  const joined = new Set<string>()
  for (let start = 0; start < words.length; start += 1) {
    for (let size = 1; size <= LONGEST_PINYIN_WORD && start + size <= words.length; size += 1) {
      joined.add(syllables(words.slice(start, start + size).join('')).join(''))
    }
  }
  joined.add(syllables(text).join(''))
  return [...joined, syllables(text).join(' ')]
}

/** The other script of Chinese text: traditional for simplified and simplified for traditional, when it differs. */
export function otherScript(text: string): string[] {
  return [toTraditional(text), toSimplified(text)].filter((variant) => variant !== text)
}

/** ISBN-13 and, for 978 ISBNs, the ISBN-10 it was, without hyphens. */
export function isbnForms(isbn13: string): string[] {
  if (!isbn13.startsWith('978')) return [isbn13]
  const core = isbn13.slice(3, 12)
  const sum = [...core].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0)
  const check = (11 - (sum % 11)) % 11
  return [isbn13, `${core}${check === 10 ? 'X' : check}`]
}

/** Every title of a record: its title, its other titles, and the same in its own script (880). */
export function titlesOf(record: CatalogRecord): string[] {
  const { vernacular } = record
  return [record.title, ...(record.otherTitles ?? []), ...(vernacular?.title ? [vernacular.title] : []), ...(vernacular?.otherTitles ?? [])]
}

/** Every name of a record's authors, romanised and in their own script. */
export const authorsOf = (record: CatalogRecord): string[] => [...record.authors, ...(record.vernacular?.authors ?? [])]

/**
 * The words a record is found by, beyond what its page shows: the other Chinese script, pinyin
 * of every title and author, and both ISBN forms.
 */
export function searchAliases(record: CatalogRecord): string[] {
  const named = [...titlesOf(record), ...authorsOf(record)]
  return [
    ...[...named, ...record.subjects].flatMap(otherScript),
    ...named.flatMap(pinyinForms),
    ...(record.titlePinyin ? [record.titlePinyin] : []),
    ...record.isbn.flatMap(isbnForms),
  ]
}
