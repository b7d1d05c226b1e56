/**
 * The page of new arrivals: the live import's arrivals (arrivals.json), by class, newest first,
 * with a class filter kept in the address (`?class=I`).
 */
import { type Arrival, ARRIVAL_WEEKS, ARRIVALS_FILE } from '../../catalog/contract'
import { recordSlug } from '../../catalog/display/recordAddress'
import { fillTemplate as fill } from './template'

type Texts = Record<string, string>

function render(root: HTMLElement, arrivals: Arrival[], text: Texts, wanted: string): void {
  const classes = [...new Set(arrivals.map((arrival) => arrival.clcClass ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  const label = document.createElement('label')
  const select = document.createElement('select')
  select.append(
    new Option(text.anyClass!, ''),
    ...classes.filter(Boolean).map((code) => new Option(text[`class.${code}`] ?? code, code, false, code === wanted)),
  )
  label.append(text.class!, select)
  select.addEventListener('change', () => {
    history.replaceState(null, '', select.value ? `?class=${select.value}` : location.pathname)
    render(root, arrivals, text, select.value)
    root.querySelector('select')!.focus()
  })
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' })
  const sections = classes
    .filter((code) => !wanted || code === wanted)
    .map((code) => {
      const section = document.createElement('section')
      const heading = document.createElement('h2')
      heading.textContent = code ? (text[`class.${code}`] ?? code) : '—'
      const list = document.createElement('ul')
      for (const arrival of arrivals.filter((item) => (item.clcClass ?? '') === code)) {
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = `${root.dataset.recordPath}${recordSlug(arrival.id)}/`
        link.textContent = arrival.title
        const meta = document.createElement('span')
        meta.className = 'meta'
        meta.textContent = [arrival.authors.join('、'), arrival.publisher, arrival.year, fill(text.addedOn!, { date: date.format(new Date(arrival.added)) })]
          .filter(Boolean)
          .join(' · ')
        item.append(link, meta)
        list.append(item)
      }
      section.append(heading, list)
      return section
    })
  root.replaceChildren(label, ...sections)
}

async function showArrivals(root: HTMLElement): Promise<void> {
  const text = JSON.parse(root.dataset.text!) as Texts
  const response = await fetch(`/catalog/data/${ARRIVALS_FILE}`, { cache: 'no-cache' })
  // An import renews the list; between imports, those whose weeks are over leave it here.
  const since = Date.now() - ARRIVAL_WEEKS * 7 * 86_400_000
  const arrivals = (response.ok ? ((await response.json()) as Arrival[]) : []).filter(({ added }) => Date.parse(added) > since)
  if (arrivals.length === 0) {
    const none = document.createElement('p')
    none.textContent = text.none!
    root.replaceChildren(none)
    return
  }
  render(root, arrivals, text, new URLSearchParams(location.search).get('class') ?? '')
}

const root = document.querySelector<HTMLElement>('.new-arrivals')
if (root) showArrivals(root).catch(() => {})
