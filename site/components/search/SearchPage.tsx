/**
 * The search page's results: an island, because the query, the filters and the results live
 * in the browser. Without JavaScript the page offers the site's sections instead.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'

import { arrowTarget } from '../../client/arrowKeys'
import { type SearchOutcome, searchFilters, searchSite } from '../../client/searchClient'
import { fillTemplate as fill } from '../../client/template'

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

  useEffect(() => {
    const params = new URLSearchParams(location.search)
    setQuery(params.get('q') ?? '')
    setType(params.get('type') ?? '')
    setYear(params.get('year') ?? '')
    searchFilters().then(setFilters, () => setStatus(messages.unavailable))
  }, [messages.unavailable])

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
        setStatus(
          found.total === 0
            ? fill(messages.noResults, { query: trimmed })
            : fill(found.total === 1 ? messages.resultsOne : messages.results, { count: found.total }),
        )
      },
      () => setStatus(messages.unavailable),
    )
  }, [query, type, year, messages])

  // ArrowDown from the box goes to the first result; arrows then move between results.
  const moveThroughResults = (event: KeyboardEvent) => {
    const target = arrowTarget(event.key, [...(results.current?.querySelectorAll('a') ?? [])], document.activeElement)
    if (!target) return
    event.preventDefault()
    target.focus()
  }

  const options = (name: string) => Object.keys(filters[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)))

  return (
    <div className="search-ui site-search" onKeyDown={moveThroughResults}>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-page-input">{messages.label}</label>
        <div className="row">
          <input
            id="search-page-input"
            name="q"
            type="search"
            value={query}
            placeholder={messages.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit">{messages.submit}</button>
        </div>
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
