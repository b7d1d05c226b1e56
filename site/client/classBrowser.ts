/**
 * The page that browses the catalog by class: gives each main class its number of records and
 * lists the two levels of classes below it that the live import has (classes.json), each linked
 * to its records in the catalog search.
 */
import { CLASSES_FILE, type ClassCounts } from '../../catalog/contract'

async function showClasses(list: HTMLElement): Promise<void> {
  const response = await fetch(`/catalog/data/${CLASSES_FILE}`, { cache: 'no-cache' })
  if (!response.ok) return
  const counts = (await response.json()) as ClassCounts
  const text = JSON.parse(list.dataset.text!) as { none: string }
  const catalog = list.dataset.catalogPath!
  const number = new Intl.NumberFormat(document.documentElement.lang)
  const below = (code: string) =>
    Object.keys(counts)
      .filter((value) => value.length === code.length + 1 && value.startsWith(code))
      .sort()
  const link = (code: string) => {
    const anchor = document.createElement('a')
    anchor.href = `${catalog}?class=${encodeURIComponent(code)}`
    anchor.textContent = `${code} (${number.format(counts[code]!)})`
    return anchor
  }

  for (const item of list.querySelectorAll<HTMLElement>('li[data-class]')) {
    const code = item.dataset.class!
    const count = counts[code] ?? 0
    item.querySelector('summary .count')!.textContent = `(${number.format(count)})`
    const details = item.querySelector('details')!
    if (count === 0) {
      item.dataset.empty = ''
      details.querySelector('p')!.textContent = text.none
      continue
    }
    const levels = document.createElement('ul')
    levels.className = 'levels'
    for (const second of below(code)) {
      const entry = document.createElement('li')
      entry.append(link(second))
      const thirds = below(second)
      if (thirds.length > 0) {
        const inner = document.createElement('ul')
        for (const third of thirds) {
          const thirdEntry = document.createElement('li')
          thirdEntry.append(link(third))
          inner.append(thirdEntry)
        }
        entry.append(inner)
      }
      levels.append(entry)
    }
    details.append(levels)
  }
}

const list = document.querySelector<HTMLElement>('.class-browser')
if (list) showClasses(list).catch(() => {})
