/**
 * Searches the catalog index (docs/catalog-index.md) through range reads of its files: in the
 * browser over HTTP, in tests from disk. A word costs a dictionary bucket and its head (common
 * words) or its postings and the slots of the first results (others); everything read is kept,
 * so the same search again reads nothing. An index with a delta reads each term in the base and
 * in both delta segments side by side, and counts and orders their records as one index.
 */
import { isOnShelf } from '../contract'
import { DeltaIndex } from './deltaIndex'
import type { DeltaView } from './deltaView'
import { type DictionaryEntry, type FacetCounts, type Groups, HAS_HEAD, type IndexManifest, PAGE_SIZE, type Postings, readGroups, type Slot, pairTier, TIER_WEIGHTS, TOP_FROM } from './format'
import { correctCounts, correctHead, type CurrentHead, firstResults, type TopHit } from './headCorrection'
import { parseQuery } from './query'
import { CatalogUnavailable, guarded, IndexSegment, inflate, type RangeSource } from './segment'
import { branchTerm, pairTerm, subclassTerm, typedTerm } from './terms'

export { CatalogUnavailable, type RangeSource }

/**
 * `class`: a top-level class (`I`) or one below it (`I2`, `TP`, `TP3`). `onShelf`: only records
 * with a copy on the shelf now (the availability import's bits; none before it).
 */
export type SearchFilters = { branch?: string; class?: string; language?: string; onShelf?: true; yearFrom?: number; yearTo?: number }

/** The "on shelf now" bits of this index (isOnShelf), or null when the copies' availability is not known. */
export type OnShelfSource = () => Promise<Uint8Array | null>
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

/** No records, in every tier. */
const NO_POSTINGS: Postings = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)]

/**
 * The records that have every term of `lists` (each a term's postings), with their scores: the
 * sum of the tier weights of each term. The shortest lists are intersected first.
 */
function scoreRecords(lists: Postings[]): Map<number, number> {
  const bySize = [...lists].sort((a, b) => a.reduce((sum, docs) => sum + docs.length, 0) - b.reduce((sum, docs) => sum + docs.length, 0))
  let scores = new Map<number, number>()
  bySize[0]?.forEach((docs, tier) => docs.forEach((doc) => scores.set(doc, TIER_WEIGHTS[tier]!)))
  for (const postings of bySize.slice(1)) {
    const next = new Map<number, number>()
    postings.forEach((docs, tier) => {
      for (const doc of docs) {
        const score = scores.get(doc)
        if (score !== undefined) next.set(doc, score + TIER_WEIGHTS[tier]!)
      }
    })
    scores = next
    if (scores.size === 0) break
  }
  return scores
}

/** The run of the groups a base record is in. */
function groupOf(groups: Groups, doc: number): number {
  let low = 0
  let high = groups.year.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (groups.start[middle]! <= doc) low = middle
    else high = middle - 1
  }
  return low
}

/** Where a term is: its entries in the base and the delta's segments, and how many records of the catalog have it. */
type TermEntries = { added?: DictionaryEntry; base?: DictionaryEntry; count: number; removed?: DictionaryEntry }

export class CatalogIndexReader {
  private readonly base: IndexSegment
  private readonly delta: DeltaIndex | undefined
  private groups: Promise<Groups> | undefined
  private readonly answers = new Map<string, Promise<SearchResponse>>()

  constructor(
    readonly manifest: IndexManifest,
    read: RangeSource,
    private readonly onShelf: OnShelfSource = () => Promise.resolve(null),
  ) {
    this.base = new IndexSegment(manifest, read)
    this.delta = manifest.delta ? new DeltaIndex(manifest.delta, read) : undefined
  }

  private loadGroups(): Promise<Groups> {
    if (!this.groups) {
      this.groups = guarded('groups', async () => {
        const { bytes, file } = this.manifest.groups
        return this.base.tagged(readGroups(await inflate(await this.base.range(file, 0, bytes))), (read) => read.tag).groups
      })
      this.groups.catch(() => (this.groups = undefined))
    }
    return this.groups
  }

  /** Where a term is, or undefined when no record has it. With a delta, its three dictionary buckets are read side by side. */
  private async lookup(term: string): Promise<TermEntries | undefined> {
    if (!this.delta) {
      const base = await this.base.entry(term)
      return base && { base, count: base.count }
    }
    const [base, removed, added] = await Promise.all([this.base.entry(term), this.delta.removed.entry(term), this.delta.added.entry(term), this.delta.view()])
    const count = (base?.count ?? 0) - (removed?.count ?? 0) + (added?.count ?? 0)
    return count > 0 ? { added, base, count, removed } : undefined
  }

  /** The records that have a term, by tier: the base's but those gone, then those added. */
  private async postingsOf(term: string, entries: TermEntries): Promise<Postings> {
    if (!this.delta) return this.base.termPostings(term, entries.base!)
    const [base, added, delta] = await Promise.all([
      entries.base ? this.base.termPostings(term, entries.base) : NO_POSTINGS,
      entries.added ? this.delta.added.termPostings(term, entries.added) : NO_POSTINGS,
      this.delta.view(),
    ])
    return base.map((docs, tier) => delta.current(docs, added[tier]!)) as Postings
  }

  private slot(doc: number): Promise<Slot> {
    if (this.delta && doc >= this.delta.manifest.baseRecords) return this.delta.added.slot(doc - this.delta.manifest.baseRecords)
    return this.base.slot(doc)
  }

  /**
   * What the head of a term found in more than TOP_FROM records says of the catalog with its
   * delta: the base's head less the records gone plus those added, its first page the one the
   * removed segment gives when records of the base's are gone. A term the base has in too few
   * records for a first page is read whole.
   */
  private async currentHead(term: string, entries: TermEntries, delta: DeltaView): Promise<CurrentHead> {
    const { base: baseEntry, removed: removedEntry, added: addedEntry } = entries
    const [head, left, removed, added, postings] = await Promise.all([
      baseEntry && baseEntry.flags & HAS_HEAD ? this.base.head(term, baseEntry) : undefined,
      removedEntry && removedEntry.flags & HAS_HEAD ? this.delta!.removed.head(term, removedEntry) : undefined,
      removedEntry ? this.delta!.removed.termPostings(term, removedEntry) : NO_POSTINGS,
      addedEntry ? this.delta!.added.termPostings(term, addedEntry) : NO_POSTINGS,
      (baseEntry?.count ?? 0) > TOP_FROM ? undefined : this.postingsOf(term, entries),
    ])
    const addedHits: TopHit[] = added.flatMap((docs, tier) => [...docs].map((doc) => ({ doc, tier })))
    const corrected = head && correctHead(left?.top ? { ...head, top: left.top } : head, removed.flatMap((docs) => [...docs]), addedHits, delta)
    if (corrected?.top) return corrected
    const all = postings ?? (await this.postingsOf(term, entries))
    const top = firstResults(all, delta)
    // The page's slots are read (and kept) beside what the counts need.
    const [counts] = await Promise.all([corrected?.counts ?? this.countsOf(all.flatMap((docs) => [...docs]), delta), ...top.map((hit) => this.slot(hit.doc))])
    return { counts, n: entries.count, top }
  }

  /** Facet counts of records, for a term the base has too few records of to have counted them. */
  private async countsOf(docs: number[], delta: DeltaView): Promise<FacetCounts> {
    const baseDocs = docs.filter((doc) => doc < delta.baseRecords)
    const [groups, slots] = await Promise.all([this.loadGroups(), Promise.all(baseDocs.map((doc) => this.base.slot(doc)))])
    const facts = docs.filter((doc) => doc >= delta.baseRecords).map((doc) => delta.factsOf(doc))
    baseDocs.forEach((doc, n) => {
      const group = groupOf(groups, doc)
      facts.push({ branch: slots[n]!.b, class: groups.class[group]!, language: groups.language[group]!, year: groups.year[group]! })
    })
    return correctCounts({ branch: [], class: [], language: [], year: [] }, [], facts)
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
    // Two words may have a pair head (the base's): looked up with the words, so that it costs no round trip more.
    const pair = terms.length === 2 && terms.every(typedTerm) ? pairTerm(terms[0]!, terms[1]!) : undefined
    const [entries, exactEntries, pairEntry] = await Promise.all([
      Promise.all(terms.map((term) => this.lookup(term))),
      parsed.exactTitle && terms.length > 0 ? this.lookup(parsed.exactTitle) : undefined,
      pair ? this.base.entry(pair) : undefined,
    ])
    if (entries.some((entry) => entry === undefined)) return this.nothing()
    const exactTerm = exactEntries ? parsed.exactTitle : undefined
    // The records whose whole title is the query, read beside a head when one answers.
    const exact = exactEntries ? this.postingsOf(exactTerm!, exactEntries).then((lists) => this.inRankOrder(lists.flatMap((docs) => [...docs]))) : Promise.resolve([])
    // Awaited only where a head answers; evaluate reads the same postings (kept) and meets a failure there.
    exact.catch(() => {})

    if (!filtered && sort === 'relevance') {
      // One common word alone: its head has the counts and the first page.
      const [only] = entries
      if (entries.length === 1 && page === 0 && only!.count > TOP_FROM) {
        const head = this.delta ? this.currentHead(terms[0]!, only!, await this.delta.view()) : this.base.head(terms[0]!, only!.base!)
        const answer = await this.fromHead(head, page, exact)
        if (answer) return answer
      }
      // Two common words, both paired in the base: their pair's head.
      if (pair && entries.every((entry) => (entry!.base?.count ?? 0) >= this.manifest.pairsFrom)) {
        const answer = await this.fromPair(pair, pairEntry, entries as TermEntries[], terms, page, exact)
        if (answer) return answer
      }
    }
    return this.evaluate(terms, entries as TermEntries[], exactTerm, exactEntries, filters, sort, page)
  }

  /**
   * A page of results from a head: the records whose whole title is the query first, then the
   * head's. Undefined when the head does not hold that page.
   */
  private async fromHead(head: Promise<CurrentHead & { docs?: number[] }>, page: number, exact: Promise<number[]>): Promise<SearchResponse | undefined> {
    const [current, exactDocs] = await Promise.all([head, exact])
    const ranked = current.docs ?? (page === 0 ? current.top?.map((top) => top.doc) : undefined)
    if (!ranked) return undefined
    const docs = [...new Set([...exactDocs, ...ranked])].slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
    const known = new Map(current.top?.flatMap((top) => (top.slot ? [[top.doc, top.slot] as const] : [])))
    const slots = await Promise.all(docs.map((doc) => known.get(doc) ?? this.slot(doc)))
    return { facets: this.facetsOf(current.counts), hits: slots.map((slot) => this.hit(slot)), total: current.n }
  }

  /**
   * Two words both paired in the base, from their pair's head: no head means no base record has
   * both. With a delta, the base's head less the records gone plus those added that have both
   * (its first page only, when what is left of it is sure); else undefined, and the words'
   * postings answer.
   */
  private async fromPair(pair: string, entry: DictionaryEntry | undefined, entries: TermEntries[], terms: string[], page: number, exact: Promise<number[]>): Promise<SearchResponse | undefined> {
    if (!this.delta) {
      if (!entry) return this.nothing()
      return page === 0 || entry.count <= TOP_FROM ? this.fromHead(this.base.head(pair, entry), page, exact) : undefined
    }
    if (!entry || page > 0) return undefined
    const { added, removed } = this.delta
    const [head, delta, removedLists, addedLists] = await Promise.all([
      this.base.head(pair, entry),
      this.delta.view(),
      Promise.all(entries.map((found, n) => (found.removed ? removed.termPostings(terms[n]!, found.removed) : NO_POSTINGS))),
      Promise.all(entries.map((found, n) => (found.added ? added.termPostings(terms[n]!, found.added) : NO_POSTINGS))),
    ])
    const removedDocs = [...scoreRecords(removedLists).keys()].sort((a, b) => a - b)
    const addedHits: TopHit[] = [...scoreRecords(addedLists)].map(([doc, score]) => ({ doc, tier: pairTier(score) }))
    return this.fromHead(Promise.resolve(correctHead(head, removedDocs, addedHits, delta)), page, exact)
  }

  /**
   * Records in the order of the index: by number, or with a delta by rank. Base and added
   * records are each in rank order by number already: the two runs are merged.
   */
  private async inRankOrder(docs: number[]): Promise<number[]> {
    docs.sort((a, b) => a - b)
    if (!this.delta) return docs
    const delta = await this.delta.view()
    const firstAdded = docs.findIndex((doc) => doc >= delta.baseRecords)
    if (firstAdded < 0) return docs
    const ordered: number[] = []
    let added = firstAdded
    for (let n = 0; n < firstAdded; n += 1) {
      while (added < docs.length && delta.rank(docs[added]!) < delta.rank(docs[n]!)) ordered.push(docs[added++]!)
      ordered.push(docs[n]!)
    }
    return [...ordered, ...docs.slice(added)]
  }

  /** Every record of the catalog, by number: the base's but those gone, then those added. */
  private async allDocs(): Promise<Iterable<number>> {
    if (!this.delta) {
      const { records } = this.manifest
      return (function* () {
        for (let doc = 0; doc < records; doc += 1) yield doc
      })()
    }
    const delta = await this.delta.view()
    const { removedDocs } = delta
    const docs: number[] = []
    let gone = 0
    for (let doc = 0; doc < delta.baseRecords + delta.addedRecords; doc += 1) {
      if (removedDocs[gone] === doc) gone += 1
      else docs.push(doc)
    }
    return docs
  }

  /** The general case: intersect the terms' postings, filter, count, rank, and read the page's slots. */
  private async evaluate(
    terms: string[],
    entries: TermEntries[],
    exactTerm: string | undefined,
    exactEntries: TermEntries | undefined,
    filters: SearchFilters,
    sort: 'newest' | 'relevance',
    page: number,
  ): Promise<SearchResponse> {
    // A branch, and a class below the top level (I2, TP3), are filtered by their terms' records.
    const filterTerms = [filters.branch ? branchTerm(filters.branch) : undefined, subclassTerm(filters.class)].filter((term) => term !== undefined)
    const filterEntries = await Promise.all(filterTerms.map((term) => this.lookup(term)))
    if (filterEntries.some((entry) => entry === undefined)) return this.nothing()

    const [groups, termLists, exactLists, filterLists, delta, onShelf] = await Promise.all([
      this.loadGroups(),
      Promise.all(terms.map((term, n) => this.postingsOf(term, entries[n]!))),
      exactTerm ? this.postingsOf(exactTerm, exactEntries!) : undefined,
      Promise.all(filterTerms.map((term, n) => this.postingsOf(term, filterEntries[n]!))),
      this.delta?.view(),
      filters.onShelf ? this.onShelf().then((bits) => bits ?? new Uint8Array(0)) : undefined,
    ])

    // Scores of the records that have every term.
    const scores = scoreRecords(termLists)
    if (exactLists) for (const docs of exactLists) for (const doc of docs) if (scores.has(doc)) scores.set(doc, scores.get(doc)! + EXACT_TITLE_BONUS)

    const { values } = this.manifest
    const wanted = (list: string[], value: string | undefined) => (value === undefined || value === '' ? undefined : list.indexOf(value))
    const wantedClass = wanted(values.class, filters.class?.charAt(0))
    const wantedLanguage = wanted(values.language, filters.language)
    const filterDocs = filterLists.map((lists) => new Set(lists.flatMap((docs) => [...docs])))
    const smallest = filterDocs.reduce<Set<number> | undefined>((least, docs) => (!least || docs.size < least.size ? docs : least), undefined)

    const docs = termLists.length > 0 ? [...scores.keys()].sort((a, b) => a - b) : smallest ? [...smallest].sort((a, b) => a - b) : await this.allDocs()
    let kept: number[] = []
    const tally = { class: new Map<number, number>(), language: new Map<number, number>(), year: new Map<number, number>() }
    const bump = (map: Map<number, number>, key: number) => key >= 0 && map.set(key, (map.get(key) ?? 0) + 1)
    const baseRecords = delta ? delta.baseRecords : this.manifest.records
    let group = 0
    for (const doc of docs) {
      let year: number, docClass: number, language: number
      if (doc < baseRecords) {
        while (groups.start[group + 1]! <= doc) group += 1
        ;[year, docClass, language] = [groups.year[group]!, groups.class[group]!, groups.language[group]!]
      } else ({ class: docClass, language, year } = delta!.factsOf(doc))
      if (wantedClass !== undefined && docClass !== wantedClass) continue
      if (wantedLanguage !== undefined && language !== wantedLanguage) continue
      if (filters.yearFrom !== undefined && (year < 0 || year < filters.yearFrom)) continue
      if (filters.yearTo !== undefined && (year < 0 || year > filters.yearTo)) continue
      if (filterDocs.some((set) => !set.has(doc))) continue
      if (onShelf && !isOnShelf(onShelf, doc)) continue
      kept.push(doc)
      bump(tally.class, docClass)
      bump(tally.language, language)
      bump(tally.year, year)
    }

    // Records are numbered in static rank order, but added records after the base's: put them in their places.
    if (delta) kept = await this.inRankOrder(kept)
    // A stable sort: records of the same score stay in rank order.
    if (sort === 'relevance' && termLists.length > 0) kept.sort((a, b) => scores.get(b)! - scores.get(a)!)
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
