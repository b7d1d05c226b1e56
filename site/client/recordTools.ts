/**
 * Cite, export, share on a record page: copies the GB/T 7714 reference, downloads the record as
 * RIS, BibTeX, MARCXML or ISO 2709, and shows the QR code of the page's address (SVG, printable,
 * and downloadable). The page carries the reference's facts and the MARC record (its MARC view);
 * the files are made here, on demand, so that the pages stay small.
 */
import { bibtex, type CitationFacts, ris } from '../../catalog/display/citation'
import { iso2709Bytes } from '../../catalog/marc/iso2709Writer'
import { marcXml } from '../../catalog/marc/marcxmlWriter'
import type { MarcRecord } from '../../catalog/marc/types'

type Texts = Record<'copied' | 'downloadQr' | 'qrCodeAlt', string>

/** The MARC record the page's MARC view shows: its rows are the leader, control fields (no indicators) and data fields. */
export function marcOfView(table: HTMLTableElement): MarcRecord {
  const record: MarcRecord = { controlFields: [], dataFields: [], leader: '' }
  for (const row of table.tBodies[0]!.rows) {
    const [tag, indicators, data] = [row.cells[0]!.textContent ?? '', row.cells[1]!.textContent ?? '', row.cells[2]!]
    if (tag === 'LDR') record.leader = data.textContent ?? ''
    else if (indicators.length === 2) {
      const [ind1, ind2] = [...indicators.replace(/_/g, ' ')] as [string, string]
      const subfields = [...data.querySelectorAll('.sf')].map((subfield) => {
        const code = subfield.firstElementChild!.textContent ?? ''
        return { code: code.slice(1), value: (subfield.textContent ?? '').slice(code.length) }
      })
      record.dataFields.push({ ind1, ind2, subfields, tag })
    } else record.controlFields.push({ tag, value: data.textContent ?? '' })
  }
  return record
}

/** Offers `content` as a file to save. */
function save(name: string, type: string, content: BlobPart): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([content], { type }))
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
}

function setUp(section: HTMLElement, text: Texts): void {
  const facts = JSON.parse(section.querySelector('script[data-citation]')!.textContent!) as CitationFacts
  const name = facts.id.replace(/[^\w.-]/g, '_')
  const tools = section.querySelector<HTMLElement>('.record-tools')!
  const status = document.createElement('span')
  status.className = 'tool-status'
  status.setAttribute('role', 'status')
  tools.append(status)

  tools.querySelector('[data-copy]')!.addEventListener('click', async () => {
    await navigator.clipboard.writeText(section.querySelector('.citation')!.textContent ?? '')
    status.textContent = text.copied
  })

  const view = () => document.querySelector<HTMLTableElement>('.marc-view table')!
  const files: Record<string, () => [string, string, BlobPart]> = {
    bibtex: () => [`${name}.bib`, 'application/x-bibtex;charset=utf-8', bibtex(facts)],
    iso2709: () => [`${name}.mrc`, 'application/marc', iso2709Bytes(marcOfView(view())) as Uint8Array<ArrayBuffer>],
    marcxml: () => [`${name}.xml`, 'application/marcxml+xml;charset=utf-8', marcXml(marcOfView(view()))],
    ris: () => [`${name}.ris`, 'application/x-research-info-systems;charset=utf-8', ris(facts)],
  }
  for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-download]'))
    button.addEventListener('click', () => save(...files[button.dataset.download!]!()))

  const qrButton = tools.querySelector<HTMLButtonElement>('[data-qr]')!
  const qr = section.querySelector<HTMLElement>('.qr')!
  qrButton.addEventListener('click', async () => {
    if (!qr.firstChild) {
      // The QR code's encoder is loaded only by those who ask for it.
      const { toString } = await import('qrcode')
      const svg = await toString(facts.url, { errorCorrectionLevel: 'M', margin: 2, type: 'svg' })
      qr.innerHTML = svg
      const image = qr.querySelector('svg')!
      image.setAttribute('role', 'img')
      image.setAttribute('aria-label', text.qrCodeAlt)
      const link = document.createElement('a')
      link.href = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      link.download = `${name}-qr.svg`
      link.textContent = text.downloadQr
      const caption = document.createElement('p')
      caption.append(link)
      qr.append(caption)
    }
    qr.hidden = !qr.hidden
    qrButton.setAttribute('aria-expanded', String(!qr.hidden))
  })
  tools.hidden = false
}

const section = document.querySelector<HTMLElement>('.catalog-record .cite')
const texts = document.querySelector('script[data-record-text]')
if (section && texts) setUp(section, JSON.parse(texts.textContent!) as Texts)
