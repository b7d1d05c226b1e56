/**
 * The search page's results: an island, because the query, the filters and the results live
 * in the browser. Without JavaScript the page offers the site's sections instead.
 */
import { useEffect, useRef, useState } from 'react'

import { moveThroughResults } from '../../client/arrowKeys'
import { outcomeText, type SearchOutcome, searchFilters, searchSite } from '../../client/searchClient'
import SearchField from './SearchField'

type Messages = Record<
  'anyType' | 'anyYear' | 'label' | 'loading' | 'noResults' | 'placeholder' | 'results' | 'resultsOne' | 'submit' | 'typeFilter' | 'unavailable' | 'yearFilter',
  string
>

const RESULTS_SHOWN = 30

export default function SearchPage({ messages }: { messages: Messages }) {
  const [query, setQuery] = useState('')
  const [type, setType] = useState('')
  const [year, setYear] = useState('')
  const [filters, setFilters] = useState<Record<string, Record<string, number>>>({})
  const [outcome, setOutcome] = useState<SearchOutcome | undefined>()
  const [status, setStatus] = useState('')
  const results = useRef<HTMLOListElement>(null)

  // Pagefind (its WebAssembly is most of the page's weight) loads with the first use of the form,
  // or at once for an address that carries a search.
  const [used, setUsed] = useState(false)
  useEffect(() => {
    const params = new URLSearchParams(location.search)
    setQuery(params.get('q') ?? '')
    setType(params.get('type') ?? '')
    setYear(params.get('year') ?? '')
    if (params.size > 0) setUsed(true)
  }, [])

  useEffect(() => {
    if (used) searchFilters().then(setFilters, () => setStatus(messages.unavailable))
  }, [used, messages.unavailable])

  useEffect(() => {
    const trimmed = query.trim()
    const params = new URLSearchParams({ ...(trimmed && { q: trimmed }), ...(type && { type }), ...(year && { year }) })
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname)
    if (!trimmed) {
      setOutcome(undefined)
      setStatus('')
      return
    }
    setStatus(messages.loading)
    const chosen = { ...(type && { type: [type] }), ...(year && { year: [year] }) }
    searchSite(trimmed, { filters: chosen, limit: RESULTS_SHOWN }).then(
      (found) => {
        if (!found) return
        setOutcome(found)
        setStatus(outcomeText(messages, trimmed, found.total))
      },
      () => setStatus(messages.unavailable),
    )
  }, [query, type, year, messages])

  const options = (name: string) => Object.keys(filters[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)))

  return (
    // ArrowDown from the box goes to the first result; arrows then move between results.
    <div className="search-ui site-search" onKeyDown={(event) => moveThroughResults(event, results.current)}>
      <form role="search" aria-label={messages.label} onSubmit={(event) => event.preventDefault()} onFocus={() => setUsed(true)} onPointerDown={() => setUsed(true)}>
        <SearchField
          id="search-page-input"
          name="q"
          label={messages.label}
          placeholder={messages.placeholder}
          submit={messages.submit}
          value={query}
          onChange={setQuery}
        />
        <div className="row filters">
          <label>
            {messages.typeFilter}
            <select value={type} onChange={(event) => setType(event.target.value)}>
              <option value="">{messages.anyType}</option>
              {options('type').map((value) => (
                <option key={value} value={value}>{`${value} (${filters.type?.[value]})`}</option>
              ))}
            </select>
          </label>
          <label>
            {messages.yearFilter}
            <select value={year} onChange={(event) => setYear(event.target.value)}>
              <option value="">{messages.anyYear}</option>
              {options('year').map((value) => (
                <option key={value} value={value}>{value}</option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <p className="status" role="status">
        {status}
      </p>
      {outcome && outcome.hits.length > 0 && (
        <ol className="results" ref={results}>
          {outcome.hits.map((hit) => (
            <li key={hit.url}>
              <h2>
                <a href={hit.url}>{hit.title}</a>
              </h2>
              <p className="meta">{[hit.type, hit.date].filter(Boolean).join(' · ')}</p>
              {/* Pagefind escapes the page text and marks the matches with <mark>. */}
              <p className="excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
