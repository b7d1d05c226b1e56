import * as OpenCC from 'opencc-js'
import { pinyin } from 'pinyin-pro'

import type { CatalogRecord } from './contract'

// Made on first use: their dictionaries take tens of megabytes in each thread that has them.
let converters: { toSimplified: (text: string) => string; toTraditional: (text: string) => string } | undefined
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const HAN = /\p{Script=Han}/u
const LONGEST_PINYIN_WORD = 3

/** Pinyin of a word: its syllables, and them joined. */
type WordPinyin = { joined: string; syllables: string[] }

/** Pinyin of each word seen: a catalog repeats its words, and pinyin-pro is slow to start on a text. */
const wordPinyin = new Map<string, WordPinyin>()
const MAX_CACHED_WORDS = 200_000

function pinyinOf(word: string): WordPinyin {
  let found = wordPinyin.get(word)
  if (!found) {
    if (wordPinyin.size >= MAX_CACHED_WORDS) wordPinyin.clear()
    const syllables = pinyin(word, { nonZh: 'removed', toneType: 'none', type: 'array' }).filter(Boolean)
    found = { joined: syllables.join(''), syllables }
    wordPinyin.set(word, found)
  }
  return found
}

/** The pinyin of the Chinese words of a text, word by word. */
function wordsInPinyin(text: string): WordPinyin[] {
  const words: WordPinyin[] = []
  for (const part of segmenter.segment(text)) if (part.isWordLike && HAN.test(part.segment)) words.push(pinyinOf(part.segment))
  return words
}

/**
 * Pinyin spellings of Chinese text, as readers type them: every word and run of up to three
 * words joined (图书馆 → tushuguan, even where the segmenter splits it 图书|馆), the whole text
 * joined, the whole text syllable by syllable (tu shu guan), and with `initials` its initials
 * (中国发展报告 → zgfzbg).
 */
export function pinyinForms(text: string, { initials = false } = {}): string[] {
  if (!HAN.test(text)) return []
  const words = wordsInPinyin(text)
  const joined = new Set<string>()
  for (let start = 0; start < words.length; start += 1) {
    let run = ''
    for (let end = start; end < start + LONGEST_PINYIN_WORD && end < words.length; end += 1) {
      run += words[end]!.joined
      joined.add(run)
    }
  }
  const all = words.flatMap((word) => word.syllables)
  joined.add(all.join(''))
  const forms = [...joined, all.join(' ')]
  if (initials && all.length > 1) forms.push(all.map((syllable) => syllable[0]).join(''))
  return forms
}

/** The other script of Chinese text: traditional for simplified and simplified for traditional, when it differs. */
export function otherScript(text: string): string[] {
  converters ??= { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }), toTraditional: OpenCC.Converter({ from: 'cn', to: 'tw' }) }
  return [converters.toTraditional(text), converters.toSimplified(text)].filter((variant) => variant !== text)
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
    ...[...named, ...(record.series ?? []), ...record.subjects].flatMap(otherScript),
    ...named.flatMap((text) => pinyinForms(text)),
    ...(record.titlePinyin ? [record.titlePinyin] : []),
    ...record.isbn.flatMap(isbnForms),
  ]
}
