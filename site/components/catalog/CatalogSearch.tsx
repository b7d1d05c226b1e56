/**
 * The catalog search: an island, because the query, the filters and the results live in the
 * browser. The address keeps the query and filters, so a search can be shared.
 */
import { useEffect, useRef, useState } from 'react'

import { moveThroughResults } from '../../client/arrowKeys'
import { languageName, languageTag, ownLanguageNames, romanisedTag } from '../../client/languageTags'
import type { CatalogManifest } from '../../../catalog/contract'
import { type CatalogFilters, type CatalogHit, loadManifest, preloadCatalog, searchCatalog } from '../../client/catalogClient'
import { fillTemplate as fill } from '../../client/template'
import SearchField from '../search/SearchField'

export type CatalogSearchText = Record<string, string>

const PAGE = 10

function readAddress(): { filters: CatalogFilters; query: string } {
  const params = new URLSearchParams(location.search)
  const year = (name: string) => (params.get(name) ? Number(params.get(name)) : undefined)
  return {
    filters: {
      branch: params.get('branch') ?? undefined,
      class: params.get('class') ?? undefined,
      language: params.get('language') ?? undefined,
      yearFrom: year('from'),
      yearTo: year('to'),
    },
    query: params.get('q') ?? '',
  }
}

function writeAddress(query: string, filters: CatalogFilters): void {
  const entries = { branch: filters.branch, class: filters.class, from: filters.yearFrom, language: filters.language, q: query.trim(), to: filters.yearTo }
  const params = new URLSearchParams(Object.entries(entries).filter(([, value]) => value !== undefined && value !== '') as [string, string][])
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname)
}

export default function CatalogSearch({
  branches,
  recordPath,
  text,
}: {
  branches: Record<string, string>
  recordPath: string
  text: CatalogSearchText
}) {
  const [manifest, setManifest] = useState<CatalogManifest | null | undefined>()
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<CatalogFilters>({})
  const [limit, setLimit] = useState(PAGE)
  const [hits, setHits] = useState<CatalogHit[]>([])
  const [more, setMore] = useState(false)
  const [status, setStatus] = useState('')
  const list = useRef<HTMLOListElement>(null)

  useEffect(() => {
    const address = readAddress()
    setQuery(address.query)
    setFilters(address.filters)
    loadManifest().then(setManifest, () => setStatus(text.unavailable!))
  }, [text.unavailable])

  // The index chunks of each word are fetched as it is typed, so the search after the pause finds them there.
  useEffect(() => {
    if (manifest && query.trim()) preloadCatalog(query).catch(() => {})
  }, [manifest, query])

  useEffect(() => {
    if (!manifest) return
    writeAddress(query, filters)
    const searching = query.trim() !== '' || Object.values(filters).some((value) => value !== undefined && value !== '')
    if (!searching) {
      setHits([])
      setStatus('')
      return
    }
    let current = true
    setStatus(text.loading!)
    const timer = setTimeout(() => {
      // Marks let the benchmark time the search itself, apart from the typing pause above.
      performance.mark('catalog:search')
      searchCatalog(query, filters, limit).then(
        (found) => {
          if (!current || !found) return
          performance.measure('catalog:results', 'catalog:search')
          setHits(found.hits)
          setMore(found.more)
          setStatus(found.hits.length === 0 ? text.noResults! : fill(found.hits.length === 1 && !found.more ? text.resultsOne! : text.results!, { count: `${found.hits.length}${found.more ? '+' : ''}` }))
        },
        () => current && setStatus(text.unavailable!),
      )
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [manifest, query, filters, limit, text])

  const change = (name: keyof CatalogFilters, value: string) => {
    setLimit(PAGE)
    setFilters((previous) => ({ ...previous, [name]: name.startsWith('year') ? (value ? Number(value) : undefined) : value || undefined }))
  }

  if (manifest === null) return <p className="notice">{text.notImported}</p>
  const options = manifest?.filters
  const label = (prefix: string, value: string) => text[`${prefix}.${value}`] ?? value
  // Languages by their names in the page's language; those without a name, shown by code, after them.
  const locale = document.documentElement.lang
  const nameOf = (code: string) => languageName(code, locale, ownLanguageNames(text))
  const named = (code: string) => nameOf(code) !== code
  const languages = [...(options?.language ?? [])].sort((a, b) => Number(named(b)) - Number(named(a)) || nameOf(a).localeCompare(nameOf(b), locale))

  return (
    // ArrowDown from the box goes to the first result; arrows then move between results.
    <div className="search-ui catalog-search" onKeyDown={(event) => moveThroughResults(event, list.current)}>
      {manifest && <p className="meta">{fill(text.size!, { count: manifest.records.toLocaleString(document.documentElement.lang) })}</p>}
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <SearchField
          id="catalog-query"
          label={text.label!}
          placeholder={text.placeholder!}
          submit={text.submit!}
          value={query}
          onChange={(value) => {
            setLimit(PAGE)
            setQuery(value)
          }}
        />
        <fieldset className="filters">
          <legend className="visually-hidden">{text.filters}</legend>
          <label>
            {text.branch}
            <select value={filters.branch ?? ''} onChange={(event) => change('branch', event.target.value)}>
              <option value="">{text.anyBranch}</option>
              {options?.branch.map((branch) => <option key={branch} value={branch}>{branches[branch] ?? branch}</option>)}
            </select>
          </label>
          <label>
            {text.class}
            <select value={filters.class ?? ''} onChange={(event) => change('class', event.target.value)}>
              <option value="">{text.anyClass}</option>
              {options?.class.map((value) => <option key={value} value={value}>{label('class', value)}</option>)}
            </select>
          </label>
          <label>
            {text.language}
            <select value={filters.language ?? ''} onChange={(event) => change('language', event.target.value)}>
              <option value="">{text.anyLanguage}</option>
              {languages.map((value) => <option key={value} value={value}>{nameOf(value)}</option>)}
            </select>
          </label>
          <label>
            {text.yearFrom}
            <input type="number" inputMode="numeric" min={options?.years?.[0]} max={options?.years?.[1]} value={filters.yearFrom ?? ''} onChange={(event) => change('yearFrom', event.target.value)} />
          </label>
          <label>
            {text.yearTo}
            <input type="number" inputMode="numeric" min={options?.years?.[0]} max={options?.years?.[1]} value={filters.yearTo ?? ''} onChange={(event) => change('yearTo', event.target.value)} />
          </label>
        </fieldset>
      </form>
      <p className="status" role="status">{status}</p>
      {hits.length > 0 && (
        <ol className="results" ref={list}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <h2>
                <a href={`${recordPath}?id=${encodeURIComponent(hit.id)}`}>
                  <span className="title" lang={hit.v ? romanisedTag(hit.language) : undefined}>{hit.title}</span>
                  {hit.v && <span className="vernacular" lang={languageTag(hit.language)} dir="auto">{hit.v}</span>}
                </a>
              </h2>
              <p className="meta">{[hit.a.join('、'), hit.p, hit.y, hit.c].filter(Boolean).join(' · ')}</p>
              <p className="where">{hit.b.map((branch) => branches[branch] ?? branch).join('、')}</p>
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" className="more" onClick={() => setLimit((value) => value + PAGE)}>
          {text.more}
        </button>
      )}
    </div>
  )
}
