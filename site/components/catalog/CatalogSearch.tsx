/**
 * The catalog search: an island, because the query, the filters and the results live in the
 * browser. The address keeps the query and filters, so a search can be shared.
 */
import { useEffect, useRef, useState } from 'react'

import { moveThroughResults } from '../../client/arrowKeys'
import { languageName, languageTag, ownLanguageNames, romanisedTag } from '../../../catalog/display/languageTags'
import { recordSlug } from '../../../catalog/display/recordAddress'
import type { CatalogManifest } from '../../../catalog/contract'
import { type CatalogFilters, type CatalogHit, type Facets, loadAvailability, loadManifest, searchCatalog } from '../../client/catalogClient'
import { fillTemplate as fill } from '../../client/template'
import SearchField from '../search/SearchField'

export type CatalogSearchText = Record<string, string>

type Sort = 'newest' | 'relevance'

function readAddress(): { filters: CatalogFilters; query: string; sort: Sort } {
  const params = new URLSearchParams(location.search)
  const year = (name: string) => (params.get(name) ? Number(params.get(name)) : undefined)
  return {
    filters: {
      branch: params.get('branch') ?? undefined,
      class: params.get('class') ?? undefined,
      language: params.get('language') ?? undefined,
      onShelf: params.get('shelf') === '1' ? true : undefined,
      yearFrom: year('from'),
      yearTo: year('to'),
    },
    query: params.get('q') ?? '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  }
}

function writeAddress(query: string, filters: CatalogFilters, sort: Sort): void {
  const entries = {
    branch: filters.branch,
    class: filters.class,
    from: filters.yearFrom,
    language: filters.language,
    q: query.trim(),
    shelf: filters.onShelf ? '1' : undefined,
    sort: sort === 'newest' ? sort : undefined,
    to: filters.yearTo,
  }
  const params = new URLSearchParams(Object.entries(entries).filter(([, value]) => value !== undefined && value !== '') as [string, string][])
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname)
}

export default function CatalogSearch({
  branches,
  lang,
  recordPath,
  text,
}: {
  branches: Record<string, string>
  /** The page's language tag (`zh-CN`, `en`), for numbers and sorting. */
  lang: string
  recordPath: string
  text: CatalogSearchText
}) {
  const [manifest, setManifest] = useState<CatalogManifest | null | undefined>()
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<CatalogFilters>({})
  const [sort, setSort] = useState<Sort>('relevance')
  const [pages, setPages] = useState(1)
  const [hits, setHits] = useState<CatalogHit[]>([])
  const [total, setTotal] = useState(0)
  const [facets, setFacets] = useState<Facets | undefined>()
  const [status, setStatus] = useState('')
  const [unavailable, setUnavailable] = useState(false)
  const [attempt, setAttempt] = useState(0)
  // Whether the copies' availability is known: then the "on shelf now" filter is offered.
  const [shelvesKnown, setShelvesKnown] = useState(false)
  const list = useRef<HTMLOListElement>(null)

  useEffect(() => {
    const address = readAddress()
    setQuery(address.query)
    setFilters(address.filters)
    setSort(address.sort)
  }, [])

  useEffect(() => {
    setUnavailable(false)
    loadManifest().then(
      (loaded) => setManifest(loaded),
      () => setUnavailable(true),
    )
    loadAvailability().then(
      (loaded) => setShelvesKnown(loaded !== null),
      () => setShelvesKnown(false),
    )
  }, [attempt])

  const searching = query.trim() !== '' || Object.values(filters).some((value) => value !== undefined && value !== '')

  useEffect(() => {
    if (!manifest) return
    writeAddress(query, filters, sort)
    if (!searching) {
      setHits([])
      setFacets(undefined)
      setStatus('')
      return
    }
    let current = true
    setStatus(text.loading!)
    const timer = setTimeout(async () => {
      // Marks let the benchmark time the search itself, apart from the typing pause above.
      performance.mark('catalog:search')
      try {
        const found: CatalogHit[] = []
        let last: Awaited<ReturnType<typeof searchCatalog>> = null
        for (let page = 0; page < pages; page += 1) {
          last = await searchCatalog({ filters, page, query, sort })
          if (!last) return
          found.push(...last.hits)
        }
        if (!current || !last) return
        performance.measure('catalog:results', 'catalog:search')
        setUnavailable(false)
        setHits(found)
        setTotal(last.total)
        setFacets(last.facets)
        setStatus(last.total === 0 ? text.noResults! : last.total === 1 ? text.resultsOne! : fill(text.results!, { count: last.total.toLocaleString(lang) }))
      } catch {
        if (!current) return
        setHits([])
        setStatus('')
        setUnavailable(true)
      }
    }, 200)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [manifest, query, filters, sort, pages, searching, attempt, lang, text])

  const change = (name: keyof CatalogFilters, value: string | boolean) => {
    setPages(1)
    setStatus(text.loading!)
    const typed = typeof value === 'boolean' ? value || undefined : name.startsWith('year') ? (value ? Number(value) : undefined) : value || undefined
    setFilters((previous) => ({ ...previous, [name]: typed }))
  }

  if (manifest === null) return <p className="notice">{text.notImported}</p>
  const index = manifest?.index
  const locale = lang
  // Counts of each filter value: in the results while searching, else in the whole catalog.
  const countOf = (facet: 'branch' | 'class' | 'language', value: string): number | undefined => {
    if (searching) return facets?.[facet]?.get(value) ?? (facets?.[facet] ? 0 : undefined)
    const n = index?.values[facet].indexOf(value) ?? -1
    return index?.counts[facet].find(([valueIndex]) => valueIndex === n)?.[1]
  }
  // The values the catalog has records of, sorted: an index with a delta keeps values no record has any more, and appends new ones.
  const valuesOf = (facet: 'branch' | 'class' | 'language') => {
    const held = new Set(index?.counts[facet].map(([valueIndex]) => valueIndex))
    return (index?.values[facet] ?? []).filter((_, n) => held.has(n)).sort()
  }
  const withCount = (name: string, count: number | undefined) => (count === undefined ? name : `${name} (${count.toLocaleString(locale)})`)
  const label = (prefix: string, value: string) => text[`${prefix}.${value}`] ?? value
  // Languages by their names in the page's language; those without a name, shown by code, after them.
  const nameOf = (code: string) => languageName(code, locale, ownLanguageNames(text))
  const named = (code: string) => nameOf(code) !== code
  const languages = valuesOf('language').sort((a, b) => Number(named(b)) - Number(named(a)) || nameOf(a).localeCompare(nameOf(b), locale))

  return (
    // ArrowDown from the box goes to the first result; arrows then move between results.
    <div className="search-ui catalog-search" onKeyDown={(event) => moveThroughResults(event, list.current)}>
      {/* Its line is there before the catalog's size is known, so nothing below moves when it is. */}
      <p className="meta">{manifest ? fill(text.size!, { count: manifest.records.toLocaleString(locale) }) : '\u00a0'}</p>
      {manifest?.sample && <p className="notice catalog-sample">{text.sample}</p>}
      <form role="search" aria-label={text.label} onSubmit={(event) => event.preventDefault()}>
        <SearchField
          id="catalog-query"
          label={text.label!}
          placeholder={text.placeholder!}
          submit={text.submit!}
          value={query}
          onChange={(value) => {
            setPages(1)
            setStatus(text.loading!)
            setQuery(value)
          }}
        />
        {/* Until the catalog is known (and React has the page), there is nothing to choose. */}
        <fieldset className="filters" disabled={!manifest}>
          <legend className="visually-hidden">{text.filters}</legend>
          <label>
            {text.branch}
            <select value={filters.branch ?? ''} onChange={(event) => change('branch', event.target.value)}>
              <option value="">{text.anyBranch}</option>
              {valuesOf('branch').map((branch) => <option key={branch} value={branch}>{withCount(branches[branch] ?? branch, countOf('branch', branch))}</option>)}
            </select>
          </label>
          <label>
            {text.class}
            <select value={filters.class ?? ''} onChange={(event) => change('class', event.target.value)}>
              <option value="">{text.anyClass}</option>
              {valuesOf('class').map((value) => <option key={value} value={value}>{withCount(label('class', value), countOf('class', value))}</option>)}
              {/* A class below the top level, from browsing by class or a record page. */}
              {filters.class && filters.class.length > 1 && <option value={filters.class}>{filters.class}</option>}
            </select>
          </label>
          <label>
            {text.language}
            <select value={filters.language ?? ''} onChange={(event) => change('language', event.target.value)}>
              <option value="">{text.anyLanguage}</option>
              {languages.map((value) => <option key={value} value={value}>{withCount(nameOf(value), countOf('language', value))}</option>)}
            </select>
          </label>
          <label>
            {text.yearFrom}
            <input type="number" inputMode="numeric" min={manifest?.years?.[0]} max={manifest?.years?.[1]} value={filters.yearFrom ?? ''} onChange={(event) => change('yearFrom', event.target.value)} />
          </label>
          <label>
            {text.yearTo}
            <input type="number" inputMode="numeric" min={manifest?.years?.[0]} max={manifest?.years?.[1]} value={filters.yearTo ?? ''} onChange={(event) => change('yearTo', event.target.value)} />
          </label>
          {(shelvesKnown || filters.onShelf) && (
            <label className="check">
              <input type="checkbox" checked={filters.onShelf ?? false} onChange={(event) => change('onShelf', event.target.checked)} />
              {text.onShelfFilter}
            </label>
          )}
          <label>
            {text.sort}
            <select value={sort} onChange={(event) => (setPages(1), setStatus(text.loading!), setSort(event.target.value as Sort))}>
              <option value="relevance">{text.sortRelevance}</option>
              <option value="newest">{text.sortNewest}</option>
            </select>
          </label>
        </fieldset>
      </form>
      <div className="status" role="status" data-state={unavailable ? 'unavailable' : !manifest ? 'loading' : !searching ? 'guidance' : status && status !== text.loading ? 'done' : 'searching'}>
        {unavailable ? (
          <p className="notice">
            {text.unavailable}{' '}
            <button type="button" onClick={() => setAttempt((value) => value + 1)}>
              {text.retry}
            </button>
          </p>
        ) : !searching ? (
          <p className="guidance">{text.guidance}</p>
        ) : (
          status
        )}
      </div>
      {hits.length > 0 && (
        <ol className="results" ref={list}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <h2>
                <a href={`${recordPath}${recordSlug(hit.id)}/`}>
                  <span className="title" lang={hit.vernacular ? romanisedTag(hit.language) : undefined}>{hit.title}</span>
                  {hit.vernacular && <span className="vernacular" lang={languageTag(hit.language)} dir="auto">{hit.vernacular}</span>}
                </a>
              </h2>
              <p className="meta">{[hit.authors.join('、'), hit.publisher, hit.year, hit.clc].filter(Boolean).join(' · ')}</p>
              <p className="where">{hit.branches.map((branch) => branches[branch] ?? branch).join('、')}</p>
            </li>
          ))}
        </ol>
      )}
      {hits.length > 0 && hits.length < total && !unavailable && (
        <button type="button" className="more" onClick={() => setPages((value) => value + 1)}>
          {text.more}
        </button>
      )}
    </div>
  )
}
