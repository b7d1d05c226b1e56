import type { DataField, MarcRecord, Subfield } from '../marc/types'
import type { Branch } from './branches'
import { makeIsbn } from './isbn'
import { chineseName, englishName, foreignName } from './names'
import { pinyinOf } from './pinyin'
import { createRandom } from './random'
import { type Chosen, makeTitle, rareTitle } from './titles'
import type { Item, Publisher, Topic, Words } from './words'

/** UNIMARC leader of a new monograph record; the writer fills in the lengths. */
const LEADER = '00000nam0 2200000   450 '
const FIRST_YEAR = 1980
const LAST_YEAR = 2026
/** China printed ISBNs from 1987; books before carry a 统一书号 only. */
const FIRST_ISBN_YEAR = 1987
/** How often each rare word is in a title: about 1 record in 25,000. */
const RARE_WORD_RATE = 1 / 25_000
/** Share of the books of a topic with English words that are in English. */
const ENGLISH_SHARE = 0.5
const COUNTRY_NAMES: Record<string, string> = { 俄: '俄罗斯', 日: '日本', 法: '法国', 美: '美国', 英: '英国' }

/**
 * Years of publication, more books from recent years as a public library buys them; the
 * current year only half, as it is not over.
 */
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)
const yearWeight = (year: number) => (year === LAST_YEAR ? 0.5 : 1) * (10 + year - FIRST_YEAR)

const field = (tag: string, ind1: string, ind2: string, subfields: [string, string | undefined][]): DataField => ({
  ind1,
  ind2,
  subfields: subfields.filter((s): s is [string, string] => s[1] !== undefined && s[1] !== '').map(([code, value]): Subfield => ({ code, value })),
  tag,
})

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** Who wrote the book, as 200$f/$g and as the 7XX access points. */
type Responsibility = { statement: string; secondStatement?: string; names: DataField[]; originalLanguage?: string; country?: string; clc?: string }

/** The book a record describes before it is written out as fields. */
type Book = { topic: Topic; chosen: Chosen; clc: string; subject: string; period?: string; english: boolean }

export type RecordMakerOptions = { branches: Branch[]; seed: string; words: Words }

/**
 * Makes synthetic CNMARC records one at a time, in a fixed order for a seed: record n is the
 * same whatever the count. Its state is a few counters (one per CLC number), so memory stays
 * flat however many records are made.
 */
export function createRecordMaker({ branches, seed, words }: RecordMakerOptions): () => MarcRecord {
  const random = createRandom(seed)
  const bookNumbers = new Map<string, number>()
  let recordNumber = 0
  let accessionNumber = 0

  const publishersByStyle = new Map<string, Publisher[]>()
  const publishersFor = (style: string): Publisher[] => {
    const cached = publishersByStyle.get(style)
    if (cached) return cached
    const list = words.publishers.filter((publisher) => (publisher.styles as string[]).includes(style))
    publishersByStyle.set(style, list.length > 0 ? list : words.publishers)
    return publishersFor(style)
  }

  const person = (tag: '701' | '702', name: string, role: string, withPinyin = true) =>
    field(tag, ' ', '0', [['a', name], ['A', withPinyin ? pinyinOf(name, { name: true }) : undefined], ['4', role]])

  function responsibility(topic: Topic, english: boolean): Responsibility {
    if (english) {
      const [family = '', given = ''] = englishName(random, words).split(', ')
      return { names: [field('701', ' ', '1', [['a', family], ['b', given], ['4', 'author']])], statement: `${given} ${family}` }
    }
    if (topic.style === 'foreignFiction') {
      const { name, origin } = foreignName(random, words)
      const translator = chineseName(random, words)
      return {
        clc: random.pick(origin.clc),
        country: origin.country,
        names: [person('701', name, '著', false), person('702', translator, '译')],
        originalLanguage: origin.language,
        secondStatement: `${translator}译`,
        statement: `(${origin.country})${name}著`,
      }
    }
    if (topic.style === 'children' && random.chance(0.5)) {
      const [writer, illustrator] = [chineseName(random, words), chineseName(random, words)]
      return { names: [person('701', writer, '文'), person('702', illustrator, '绘')], secondStatement: `${illustrator}绘`, statement: `${writer}文` }
    }
    if ((topic.style === 'textbook' || topic.style === 'reference') && random.chance(0.2)) {
      return { names: [field('712', '0', '2', [['a', '本书编委会'], ['4', '编']])], statement: '本书编委会编' }
    }
    const role =
      topic.style === 'classics' ? '译注'
      : topic.style === 'textbook' || topic.style === 'reference' ? '主编'
      : random.weighted(['著', '编著', '主编'], (r) => (r === '著' ? 6 : 2))
    const count = random.weighted([1, 2, 3], (n) => (n === 1 ? 14 : n === 2 ? 4 : 2))
    const authors = Array.from({ length: count }, () => chineseName(random, words))
    const listed = count > 2 ? `${authors[0]}[等]` : authors.join(', ')
    return { names: authors.map((name) => person('701', name, role)), statement: `${listed}${role}` }
  }

  /** Chooses what the book is about, so that its title, class and headings agree. */
  function book(topic: Topic): Book {
    const item: Item | undefined = topic.items && random.pick(topic.items)
    const famous: Item | undefined = topic.persons && random.pick(topic.persons)
    const era = topic.style === 'history' ? random.pick(words.eras) : undefined
    const english = item?.[3] !== undefined && random.chance(ENGLISH_SHARE)
    return {
      chosen: { en: english ? item?.[3] : undefined, era: era?.name, person: famous?.[0], term: item?.[0] },
      clc: item?.[1] ?? famous?.[1] ?? era?.clc ?? random.pick(topic.clc ?? ['Z']),
      english,
      period: era?.period,
      subject: item?.[2] ?? famous?.[2] ?? random.pick(topic.subjects ?? ['图书']),
      topic,
    }
  }

  /** 606: the book's heading, and sometimes the same heading with another subdivision. */
  function subjects({ topic, subject, period }: Book, country: string | undefined): DataField[] {
    const place = country !== undefined ? COUNTRY_NAMES[country] : topic.place
    // Literature has no topical subdivision ("长篇小说--中国--当代"): its list is empty.
    const subdivisions = topic.subdivisions ?? words.subdivisions
    const headings = subdivisions.length > 0 && random.chance(0.3) ? 2 : 1
    return Array.from({ length: headings }, (_, i) =>
      field('606', '0', ' ', [
        ['a', subject],
        ['x', subdivisions.length > 0 && (i > 0 || random.chance(0.5)) ? random.pick(subdivisions) : undefined],
        ['y', place !== undefined && random.chance(i === 0 ? 0.92 : 0.5) ? place : undefined],
        ['z', period ?? (topic.periods && random.chance(0.6) ? random.pick(topic.periods) : undefined)],
      ]),
    )
  }

  /** 905 per service point that has copies: $a its code, one $b per copy, $d and $e the call number. */
  function holdings(clc: string, bookNumber: number): DataField[] {
    let held = branches.filter((branch) => random.chance(branch.share))
    if (held.length === 0) held = branches.slice(0, 1)
    return held.flatMap((branch) => {
      const copies = random.weighted([1, 2, 3, 4, 5], (n) => [40, 30, 15, 10, 5][n - 1] ?? 0)
      const barcodes = Array.from({ length: copies }, () => `LL${pad(++accessionNumber, 8)}`)
      // Some systems write one 905 per batch of copies: the normaliser adds them up.
      const batches = copies > 1 && random.chance(0.05) ? [barcodes.slice(0, 1), barcodes.slice(1)] : [barcodes]
      return batches.map((batch) =>
        field('905', ' ', ' ', [['a', branch.code], ...batch.map((code): [string, string] => ['b', code]), ['d', clc], ['e', String(bookNumber)]]),
      )
    })
  }

  function titleFields(described: Book, who: Responsibility): DataField {
    const { topic, english } = described
    const title = !english && random.chance(RARE_WORD_RATE * words.rareWords.length) ? rareTitle(random, words) : makeTitle(random, words, topic, described.chosen)
    const otherTitleInfo =
      (topic.style === 'fiction' || topic.style === 'foreignFiction') && random.chance(0.3) ? described.subject
      : !english && random.chance(0.05) ? random.pick(words.otherTitleInfo)
      : undefined
    const part = ['textbook', 'classics', 'reference'].includes(topic.style) && random.chance(0.15) ? random.pick(words.partNames) : undefined
    return field('200', '1', ' ', [
      ['a', title],
      ['A', english ? undefined : pinyinOf(title)],
      ['e', otherTitleInfo],
      ['h', part],
      ['f', who.statement],
      ['g', who.secondStatement],
    ])
  }

  return function nextRecord(): MarcRecord {
    recordNumber += 1
    const described = book(random.weighted(words.topics, (t) => t.weight))
    const who = responsibility(described.topic, described.english)
    const clc = who.clc ?? described.clc
    const year = random.weighted(YEARS, yearWeight)
    const date = `${Math.min(LAST_YEAR, Math.max(year, 1995) + random.int(0, 1))}${pad(random.int(1, 12))}${pad(random.int(1, 28))}`
    const publisher = random.pick(publishersFor(described.english ? 'english' : described.topic.style))
    const language = described.english ? 'eng' : 'chi'
    const bookNumber = (bookNumbers.get(clc) ?? 0) + 1
    bookNumbers.set(clc, bookNumber)
    const isbn = year >= FIRST_ISBN_YEAR && random.chance(0.99) ? makeIsbn(publisher.isbn, random.int(0, 999_999), year) : undefined
    const price = year < 2000 ? random.int(3, 30) : random.int(15, 128)

    return {
      controlFields: [
        { tag: '001', value: `LL${pad(recordNumber, 10)}` },
        { tag: '005', value: `${date}${pad(random.int(8, 17))}${pad(random.int(0, 59))}${pad(random.int(0, 59))}.0` },
      ],
      dataFields: [
        field('010', ' ', ' ', [['a', isbn], ['d', `CNY${price}.${random.pick(['00', '00', '80', '50'])}`]]),
        field('100', ' ', ' ', [['a', `${date}d${year}    em y0${language}y50      ${described.english ? 'ba' : 'ea'}`]]),
        field('101', who.originalLanguage ? '1' : '0', ' ', [['a', language], ['c', who.originalLanguage]]),
        field('102', ' ', ' ', [['a', 'CN'], ['b', publisher.region]]),
        field('105', ' ', ' ', [['a', 'y   z   000yy']]),
        field('106', ' ', ' ', [['a', 'r']]),
        titleFields(described, who),
        field('210', ' ', ' ', [['a', publisher.place], ['c', publisher.name], ['d', String(year)]]),
        field('215', ' ', ' ', [['a', `${random.int(48, 520)}页`], ['c', random.chance(0.4) ? '图' : undefined], ['d', `${random.pick([19, 21, 23, 24, 26])}cm`]]),
        ...subjects(described, who.country),
        field('690', ' ', ' ', [['a', clc], ['v', '5']]),
        ...who.names,
        field('801', ' ', '0', [['a', 'CN'], ['b', words.cataloguingAgency], ['c', date]]),
        ...holdings(clc, bookNumber),
      ],
      leader: LEADER,
    }
  }
}
