/**
 * Searches the catalog index (docs/catalog-index.md) through range reads of its files: in the
 * browser over HTTP, in tests from disk. A word costs a dictionary bucket and its head (common
 * words) or its postings and the slots of the first results (others); everything read is kept,
 * so the same search again reads nothing.
 */
import {
  bucketBytes,
  decodeSlot,
  type DictionaryEntry,
  type FacetCounts,
  findEntry,
  type Groups,
  HAS_HEAD,
  HEAD_DEFLATED,
  type Head,
  type IndexManifest,
  PAGE_SIZE,
  placeTerm,
  POSTINGS_DEFLATED,
  type Postings,
  readGroups,
  readPostings,
  readTag,
  SLOT_BYTES,
  type Slot,
  TIER_WEIGHTS,
  TOP_FROM,
} from './format'
import { parseQuery } from './query'
import { branchTerm, pairTerm, typedTerm } from './terms'

/** Reads bytes [start, end) of one of the index's files. */
export type RangeSource = (file: string, start: number, end: number) => Promise<Uint8Array>

/** The index cannot be read as it should (a file missing, cut short or from another import). */
export class CatalogUnavailable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'CatalogUnavailable'
  }
}

export type SearchFilters = { branch?: string; class?: string; language?: string; yearFrom?: number; yearTo?: number }
export type SearchRequest = { filters?: SearchFilters; page?: number; query: string; sort?: 'newest' | 'relevance' }

/** A record found, as a result shows it. */
export type Hit = {
  authors: string[]
  branches: string[]
  clc?: string
  id: string
  language?: string
  publisher?: string
  title: string
  vernacular?: string
  year?: number
}

/** Facet counts by value; `branch` is undefined where it cannot be known without reading most of the index. */
export type Facets = { branch?: Map<string, number>; class: Map<string, number>; language: Map<string, number>; year: Map<number, number> }

export type SearchResponse = { facets: Facets; hits: Hit[]; total: number }

/** Records whose whole title is the query come first. */
const EXACT_TITLE_BONUS = 1000
/** Searches whose answers are kept for the same search again. */
const KEPT_ANSWERS = 100

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Runs `read` and turns any failure into CatalogUnavailable, naming what was read. */
async function guarded<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof CatalogUnavailable) throw error
    throw new CatalogUnavailable(`The catalog index could not be read (${what}): ${(error as Error).message}`, { cause: error })
  }
}

export class CatalogIndexReader {
  private readonly buckets = new Map<number, Promise<Uint8Array>>()
  private readonly heads = new Map<string, Promise<Head>>()
  private readonly postings = new Map<string, Promise<Postings>>()
  private readonly slots = new Map<number, Promise<Slot>>()
  private groups: Promise<Groups> | undefined
  private readonly answers = new Map<string, Promise<SearchResponse>>()

  constructor(
    readonly manifest: IndexManifest,
    private readonly read: RangeSource,
  ) {}

  /** Returns what was read when its tag is this index's, and refuses it otherwise. */
  private tagged<T>(value: T, tagOf: (value: T) => number): T {
    if (tagOf(value) !== this.manifest.tag) throw new CatalogUnavailable('a file of the catalog index belongs to another import than its manifest')
    return value
  }

  /** Reads an exact range, refusing a short one: a file cut short must not pass for a small one. */
  private async range(file: string, start: number, end: number): Promise<Uint8Array> {
    const bytes = await this.read(file, start, end)
    if (bytes.length !== end - start) throw new CatalogUnavailable(`${file} is shorter than the index says (${bytes.length} of ${end - start} bytes from ${start})`)
    return bytes
  }

  private loadGroups(): Promise<Groups> {
    if (!this.groups) {
      this.groups = guarded('groups', async () => {
        const { bytes, file } = this.manifest.groups
        return this.tagged(readGroups(await inflate(await this.range(file, 0, bytes))), (read) => read.tag).groups
      })
      this.groups.catch(() => (this.groups = undefined))
    }
    return this.groups
  }

  /** A term's dictionary entry, or undefined when no record has it. */
  async entry(term: string): Promise<DictionaryEntry | undefined> {
    const { buckets, bucketsPerPart, capacity, files } = this.manifest.dictionary
    const { bucket, fingerprint } = placeTerm(term, buckets)
    let bytes = this.buckets.get(bucket)
    if (!bytes) {
      const size = bucketBytes(capacity)
      const start = (bucket % bucketsPerPart) * size
      bytes = guarded('dictionary', async () => this.tagged(await this.range(files[Math.floor(bucket / bucketsPerPart)]!, start, start + size), readTag))
      this.buckets.set(bucket, bytes)
      bytes.catch(() => this.buckets.delete(bucket))
    }
    return findEntry(await bytes, fingerprint)
  }

  private cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let value = cache.get(key)
    if (!value) {
      value = guarded(key, load)
      cache.set(key, value)
      value.catch(() => cache.delete(key))
    }
    return value
  }

  head(term: string, entry: DictionaryEntry): Promise<Head> {
    return this.cached(this.heads, term, async () => {
      const start = entry.offset
      let bytes = await this.range(this.manifest.postings[entry.part]!, start, start + entry.headBytes)
      if (entry.flags & HEAD_DEFLATED) bytes = await inflate(bytes)
      return this.tagged(JSON.parse(new TextDecoder().decode(bytes)) as Head, (head) => head.tag)
    })
  }

  termPostings(term: string, entry: DictionaryEntry): Promise<Postings> {
    return this.cached(this.postings, term, async () => {
      const start = entry.offset + entry.headBytes
      let bytes = await this.range(this.manifest.postings[entry.part]!, start, start + entry.postingsBytes)
      if (entry.flags & POSTINGS_DEFLATED) bytes = await inflate(bytes)
      const { postings } = this.tagged(readPostings(bytes), (read) => read.tag)
      if (postings[0].length + postings[1].length + postings[2].length !== entry.count) throw new CatalogUnavailable(`the postings of a term hold another number of records than the dictionary says`)
      return postings
    })
  }

  slot(doc: number): Promise<Slot> {
    let slot = this.slots.get(doc)
    if (!slot) {
      const { files, perFile } = this.manifest.slots
      const start = (doc % perFile) * SLOT_BYTES
      slot = guarded('slots', async () => this.tagged(decodeSlot(await this.range(files[Math.floor(doc / perFile)]!, start, start + SLOT_BYTES)), (read) => read.tag).slot)
      this.slots.set(doc, slot)
      slot.catch(() => this.slots.delete(doc))
    }
    return slot
  }

  private hit(slot: Slot): Hit {
    const { values } = this.manifest
    return {
      authors: slot.a,
      branches: slot.b.map((n) => values.branch[n]!),
      ...(slot.c ? { clc: slot.c } : {}),
      id: slot.i,
      ...(slot.l !== undefined ? { language: values.language[slot.l] } : {}),
      ...(slot.p ? { publisher: slot.p } : {}),
      title: slot.t,
      ...(slot.v ? { vernacular: slot.v } : {}),
      ...(slot.y !== undefined ? { year: slot.y } : {}),
    }
  }

  private facetsOf(counts: FacetCounts): Facets {
    const { values } = this.manifest
    const named = (list: string[], pairs: [number, number][]) => new Map(pairs.map(([n, count]) => [list[n]!, count]))
    return {
      branch: named(values.branch, counts.branch),
      class: named(values.class, counts.class),
      language: named(values.language, counts.language),
      year: new Map(counts.year),
    }
  }

  private nothing(): SearchResponse {
    return { facets: { branch: new Map(), class: new Map(), language: new Map(), year: new Map() }, hits: [], total: 0 }
  }

  /**
   * Searches the index. The same search again (by the same terms, filters, sort and page) is
   * answered from what it found the first time.
   */
  search(request: SearchRequest): Promise<SearchResponse> {
    const key = JSON.stringify([parseQuery(request.query), request.query.trim() === '', request.filters ?? {}, request.sort ?? 'relevance', request.page ?? 0])
    let found = this.answers.get(key)
    if (!found) {
      found = this.answer(request)
      this.answers.set(key, found)
      found.catch(() => this.answers.delete(key))
      if (this.answers.size > KEPT_ANSWERS) this.answers.delete(this.answers.keys().next().value!)
    }
    return found
  }

  private async answer(request: SearchRequest): Promise<SearchResponse> {
    const filters = request.filters ?? {}
    const page = request.page ?? 0
    const sort = request.sort ?? 'relevance'
    const parsed = parseQuery(request.query)
    const filtered = Object.values(filters).some((value) => value !== undefined && value !== '')
    if (parsed.terms.length === 0) {
      if (request.query.trim() !== '' || !filtered) return this.nothing()
    }

    const terms = parsed.terms
    // Two words may have a pair head: looked up with the words, so that it costs no round trip more.
    const pair = terms.length === 2 && terms.every(typedTerm) ? pairTerm(terms[0]!, terms[1]!) : undefined
    const [entries, exactEntry, pairEntry] = await Promise.all([
      Promise.all(terms.map((term) => this.entry(term))),
      parsed.exactTitle && terms.length > 0 ? this.entry(parsed.exactTitle) : undefined,
      pair ? this.entry(pair) : undefined,
    ])
    if (entries.some((entry) => entry === undefined)) return this.nothing()
    const exactTerm = exactEntry ? parsed.exactTitle : undefined

    // One common word alone, or two common words: a head has the counts and the first page (a
    // word's head has it only when the word is in more than TOP_FROM records; a pair's has every
    // page up to TOP_FROM records).
    if (!filtered && sort === 'relevance') {
      let headed: [string, DictionaryEntry] | undefined
      if (entries.length === 1 && page === 0 && entries[0]!.count > TOP_FROM && entries[0]!.flags & HAS_HEAD) headed = [terms[0]!, entries[0]!]
      if (pair && entries.every((entry) => entry!.count >= this.manifest.pairsFrom)) {
        // Both words are paired: no pair head means no record has both.
        if (!pairEntry) return this.nothing()
        if (page === 0 || pairEntry.count <= TOP_FROM) headed = [pair, pairEntry]
      }
      if (headed) {
        const [head, exactLists] = await Promise.all([this.head(...headed), exactTerm ? this.termPostings(exactTerm, exactEntry!) : undefined])
        const answer = await this.fromHead(head, page, exactLists ? exactLists.flatMap((docs) => [...docs]).sort((a, b) => a - b) : [])
        if (answer) return answer
      }
    }
    return this.evaluate(terms, entries as DictionaryEntry[], exactTerm, exactEntry, filters, sort, page)
  }

  /**
   * A page of results from a head: the records whose whole title is the query first, then the
   * head's. Undefined when the head does not hold that page.
   */
  private async fromHead(head: Head, page: number, exactDocs: number[]): Promise<SearchResponse | undefined> {
    const ranked = head.docs ?? (page === 0 ? head.top?.map((top) => top.doc) : undefined)
    if (!ranked) return undefined
    const docs = [...new Set([...exactDocs, ...ranked])].slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
    const known = new Map(head.top?.map((top) => [top.doc, top.slot]))
    const slots = await Promise.all(docs.map((doc) => known.get(doc) ?? this.slot(doc)))
    return { facets: this.facetsOf(head.counts), hits: slots.map((slot) => this.hit(slot)), total: head.n }
  }

  private allDocs(): Iterable<number> {
    const { records } = this.manifest
    return (function* () {
      for (let doc = 0; doc < records; doc += 1) yield doc
    })()
  }

  /** The general case: intersect the terms' postings, filter, count, rank, and read the page's slots. */
  private async evaluate(
    terms: string[],
    entries: DictionaryEntry[],
    exactTerm: string | undefined,
    exactEntry: DictionaryEntry | undefined,
    filters: SearchFilters,
    sort: 'newest' | 'relevance',
    page: number,
  ): Promise<SearchResponse> {
    const branchFilter = filters.branch ? branchTerm(filters.branch) : undefined
    const branchEntry = branchFilter ? await this.entry(branchFilter) : undefined
    if (branchFilter && !branchEntry) return this.nothing()

    const [groups, termLists, exactLists, branchLists] = await Promise.all([
      this.loadGroups(),
      Promise.all(terms.map((term, n) => this.termPostings(term, entries[n]!))),
      exactTerm ? this.termPostings(exactTerm, exactEntry!) : undefined,
      branchFilter ? this.termPostings(branchFilter, branchEntry!) : undefined,
    ])

    // Scores of the records that have every term.
    let scores = new Map<number, number>()
    if (termLists.length > 0) {
      const order = termLists.map((lists, n) => ({ lists, size: entries[n]!.count })).sort((a, b) => a.size - b.size)
      scores = new Map()
      order[0]!.lists.forEach((docs, tier) => docs.forEach((doc) => scores.set(doc, TIER_WEIGHTS[tier]!)))
      for (const { lists } of order.slice(1)) {
        const next = new Map<number, number>()
        lists.forEach((docs, tier) => {
          for (const doc of docs) {
            const score = scores.get(doc)
            if (score !== undefined) next.set(doc, score + TIER_WEIGHTS[tier]!)
          }
        })
        scores = next
        if (scores.size === 0) break
      }
    }
    if (exactLists) for (const docs of exactLists) for (const doc of docs) if (scores.has(doc)) scores.set(doc, scores.get(doc)! + EXACT_TITLE_BONUS)

    const { values } = this.manifest
    const wanted = (list: string[], value: string | undefined) => (value === undefined || value === '' ? undefined : list.indexOf(value))
    const wantedClass = wanted(values.class, filters.class)
    const wantedLanguage = wanted(values.language, filters.language)
    const branchDocs = branchLists ? new Set(branchLists.flatMap((docs) => [...docs])) : undefined

    const docs = termLists.length > 0 ? [...scores.keys()].sort((a, b) => a - b) : branchDocs ? [...branchDocs].sort((a, b) => a - b) : this.allDocs()
    const kept: number[] = []
    const tally = { class: new Map<number, number>(), language: new Map<number, number>(), year: new Map<number, number>() }
    const bump = (map: Map<number, number>, key: number) => key >= 0 && map.set(key, (map.get(key) ?? 0) + 1)
    let group = 0
    for (const doc of docs) {
      while (groups.start[group + 1]! <= doc) group += 1
      const year = groups.year[group]!
      if (wantedClass !== undefined && groups.class[group] !== wantedClass) continue
      if (wantedLanguage !== undefined && groups.language[group] !== wantedLanguage) continue
      if (filters.yearFrom !== undefined && (year < 0 || year < filters.yearFrom)) continue
      if (filters.yearTo !== undefined && (year < 0 || year > filters.yearTo)) continue
      if (branchDocs && !branchDocs.has(doc)) continue
      kept.push(doc)
      bump(tally.class, groups.class[group]!)
      bump(tally.language, groups.language[group]!)
      bump(tally.year, year)
    }

    if (sort === 'relevance' && termLists.length > 0) kept.sort((a, b) => scores.get(b)! - scores.get(a)! || a - b)
    const shown = kept.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
    const slots = await Promise.all(shown.map((doc) => this.slot(doc)))

    const named = (list: string[], map: Map<number, number>) => new Map([...map].map(([n, count]) => [list[n]!, count]))
    let branch: Map<string, number> | undefined
    if (kept.length <= PAGE_SIZE && page === 0) {
      branch = new Map()
      for (const slot of slots) for (const n of slot.b) branch.set(values.branch[n]!, (branch.get(values.branch[n]!) ?? 0) + 1)
    }
    return {
      facets: { branch, class: named(values.class, tally.class), language: named(values.language, tally.language), year: tally.year },
      hits: slots.map((slot) => this.hit(slot)),
      total: kept.length,
    }
  }
}
