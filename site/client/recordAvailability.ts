/**
 * Fills a record page's copies with their status as the library system last exported it ("在架 2
 * / 借出 1"), and says when that export is older than the library allows. The page is written
 * once per import; the status changes every few minutes, so it comes from the availability
 * files (availabilityClient.ts). Without JavaScript, or before the first item-status import, the
 * page shows the copies without status.
 */
import { COPY_STATUSES, type CopyState, type CopyStatus } from '../../catalog/contract'
import { loadCopies } from './availabilityClient'
import { fillTemplate as fill } from './template'

type Texts = Record<'availabilityAsOf' | 'availabilityNone' | 'availabilityStale' | 'dueBack' | `status${string}`, string>

const STATUS_KEYS: Record<CopyStatus, `status${string}`> = {
  'in-transit': 'statusInTransit',
  lost: 'statusLost',
  'on-loan': 'statusOnLoan',
  'on-shelf': 'statusOnShelf',
}

/** A copy's status in words: "借出 · 应还日期 2026-12-20". */
const statusText = ([, status, , due]: CopyState, text: Texts) =>
  [text[STATUS_KEYS[status]], status === 'on-loan' && due ? fill(text.dueBack, { date: due }) : ''].filter(Boolean).join(' · ')

async function showAvailability(section: HTMLElement, text: Texts): Promise<void> {
  const found = await loadCopies(section.dataset.record!)
  if (!found) return
  const { copies, manifest } = found
  const summary = section.querySelector<HTMLElement>('.availability')!
  const exported = new Date(manifest.exportedAt)
  const time = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(exported)
  const stale = Date.now() - exported.getTime() > manifest.staleAfterHours * 3_600_000
  const counts = COPY_STATUSES.map((status) => [status, copies.filter((copy) => copy[1] === status).length] as const).filter(([, count]) => count > 0)
  const parts = [
    counts.length > 0 ? counts.map(([status, count]) => `${text[STATUS_KEYS[status]]} ${count}`).join(' / ') : text.availabilityNone,
    stale ? fill(text.availabilityStale, { time }) : fill(text.availabilityAsOf, { time }),
  ]
  const strong = document.createElement('strong')
  strong.textContent = parts[0]!
  const note = document.createElement('span')
  note.textContent = parts[1]!
  summary.replaceChildren(strong, ' ', note)
  summary.classList.toggle('stale', stale)
  summary.hidden = false

  const byBarcode = new Map(copies.map((copy) => [copy[0], copy]))
  const cells = [...section.querySelectorAll<HTMLElement>('td.copy-status')]
  if (!cells.some((cell) => byBarcode.has(cell.dataset.barcode ?? ''))) return
  for (const cell of cells) {
    const copy = byBarcode.get(cell.dataset.barcode ?? '')
    cell.textContent = copy ? statusText(copy, text) : ''
    if (copy) cell.dataset.status = copy[1]
  }
  for (const element of section.querySelectorAll<HTMLElement>('.copy-status')) element.hidden = false
}

const section = document.querySelector<HTMLElement>('.holdings[data-record]')
const texts = document.querySelector('script[data-record-text]')
if (section && texts) showAvailability(section, JSON.parse(texts.textContent!) as Texts).catch(() => {})
