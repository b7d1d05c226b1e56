import { readFileSync } from 'node:fs'

/** A style of title and statement of responsibility: novels, children's books, textbooks… */
export type Style =
  | 'art' | 'biography' | 'children' | 'classics' | 'fiction' | 'foreignFiction' | 'health' | 'history' | 'language'
  | 'local' | 'music' | 'nonfiction' | 'poetry' | 'practical' | 'prose' | 'reference' | 'science' | 'technical' | 'textbook'

/**
 * One shelf's worth of books, in CNMARC terms: a title word, its CLC number, its subject
 * heading (606$a) and, for topics with books in English, the English word.
 */
export type Item = [term: string, clc: string, subject: string, english?: string]

/**
 * A part of the collection and its share of it. Either `items` tie each title word to its
 * class and heading, or `clc` and `subjects` hold for every book of the topic (novels…).
 */
export type Topic = {
  weight: number
  style: Style
  items?: Item[]
  /** Famous people of the biographies, as items: name, CLC number, heading ("作家"). */
  persons?: Item[]
  clc?: string[]
  subjects?: string[]
  /** The `{t}` of title patterns when the topic has no items (history). */
  terms?: string[]
  /** 606$y: the place most of its headings are about. */
  place?: string
  /** 606$z. */
  periods?: string[]
  /** 606$x; the word lists' `subdivisions` when absent, none when empty (literature). */
  subdivisions?: string[]
}

/** A period of Chinese history: the `{era}` of history titles, its CLC number (K248 明代) and 606$z. */
export type Era = { name: string; clc: string; period: string }

export type Publisher = { name: string; place: string; region: string; isbn: string; styles: (Style | 'english')[] }

/** Authors of one country as Chinese translations name them; `clc` are its classes of novels (I712.45 美国小说). */
export type ForeignAuthors = { country: string; language: string; clc: string[]; familyFirst: boolean; given: string[]; family: string[] }

/** `synthetic/words.json`: every list the generator draws from. */
export type Words = {
  cataloguingAgency: string
  familyNames: string[]
  compoundFamilyNames: string[]
  givenNameCharacters: string[]
  foreignAuthors: ForeignAuthors[]
  englishAuthors: { given: string[]; family: string[] }
  publishers: Publisher[]
  topics: Topic[]
  styles: Record<Style | 'english', string[]>
  imagery: string[]
  adjectives: string[]
  times: string[]
  places: string[]
  eras: Era[]
  animals: string[]
  kidWords: string[]
  childAdjectives: string[]
  partNames: string[]
  otherTitleInfo: string[]
  subdivisions: string[]
  rareWords: string[]
  rareSuffixes: string[]
}

/** Reads the word lists (kept as data so that they can grow without touching code). */
export const loadWords = (path = new URL('./words.json', import.meta.url)): Words => JSON.parse(readFileSync(path, 'utf8')) as Words
