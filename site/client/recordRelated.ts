/**
 * Lists on a record page other books of the catalog: other editions of it (the same title, word
 * for word, and a shared author), books in its series, and books by its first author. They are
 * searched in the catalog's index once the page is idle, so that they follow each import; the
 * index's reader is loaded only then.
 */
import { recordPath } from '../../catalog/display/recordAddress'
import { exactTitleTerm } from '../../catalog/search/terms'
import type { CatalogHit } from './catalogClient'
import { fillTemplate as fill } from './template'

type Texts = Record<'relatedAuthor' | 'relatedEditions' | 'relatedSeries', string>

/** Books listed at most in a group: the author's and series' links lead to all of them. */
const SHOWN = 6

function group(heading: string, hits: CatalogHit[], english: boolean): HTMLElement {
  const part = document.createElement('div')
  const title = document.createElement('h3')
  title.textContent = heading
  const list = document.createElement('ul')
  for (const hit of hits.slice(0, SHOWN)) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = recordPath(hit.id, english)
    link.textContent = hit.title
    const meta = document.createElement('span')
    meta.className = 'meta'
    meta.textContent = [hit.publisher, hit.year].filter(Boolean).join(', ')
    item.append(link, ' ', meta)
    list.append(item)
  }
  part.append(title, list)
  return part
}

async function showRelated(section: HTMLElement, text: Texts): Promise<void> {
  const { author, record, series, title } = section.dataset
  const { searchCatalog } = await import('./catalogClient')
  const others = async (query: string) => ((await searchCatalog({ query }))?.hits ?? []).filter((hit) => hit.id !== record)
  const english = document.documentElement.lang === 'en'
  const sameTitle = exactTitleTerm(title ?? '')
  const [byTitle, byAuthor, inSeries] = await Promise.all([others(title ?? ''), author ? others(author) : [], series ? others(`"${series}"`) : []])

  const editions = byTitle.filter((hit) => exactTitleTerm(hit.title) === sameTitle && (!author || hit.authors.includes(author)))
  // Each book in one group only: an edition is not listed again among the author's books.
  const shown = new Set(editions.map((hit) => hit.id))
  const fresh = (hits: CatalogHit[]) => hits.filter((hit) => !shown.has(hit.id) && shown.add(hit.id))
  // The series before the author: it says more of a book found there.
  const alongside = series ? fresh(inSeries) : []
  const byThem = author ? fresh(byAuthor.filter((hit) => hit.authors.includes(author))) : []
  const parts = [
    ...(editions.length > 0 ? [group(text.relatedEditions, editions, english)] : []),
    ...(alongside.length > 0 ? [group(fill(text.relatedSeries, { series: series! }), alongside, english)] : []),
    ...(byThem.length > 0 ? [group(fill(text.relatedAuthor, { author: author! }), byThem, english)] : []),
  ]
  if (parts.length === 0) return
  section.append(...parts)
  section.hidden = false
}

const section = document.querySelector<HTMLElement>('.catalog-record .related')
const texts = document.querySelector('script[data-record-text]')
if (section && texts) {
  const start = () => showRelated(section, JSON.parse(texts.textContent!) as Texts).catch(() => {})
  if ('requestIdleCallback' in window) requestIdleCallback(start)
  else setTimeout(start, 200)
}
