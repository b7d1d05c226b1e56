import fs from 'node:fs'
import path from 'node:path'

import type { CatalogRecord } from '../contract'
import { recordSlug } from '../display/recordAddress'
import { compressedPiece, gzipOf, type Piece, storedPiece } from './gzipPieces'
import { fill, type PageValues, type PreparedShell, prepareShell, recordValues, withdrawnValues } from './recordPage'
import type { RecordShell } from './recordShell'

/**
 * Where pages go. `set`: a page set's folder (recordPages.ts), `<dir>/<locale>/<slug>.html.gz`,
 * gzipped: less than half the bytes and the disk blocks, which is what writing 600,000 pages
 * waits for; servers send them as they are to browsers, which all take gzip, and unpack
 * them for a client that does not. `site`: a static site's folders, each page the `index.html`
 * of its address (`<dir>/[en/]catalog/record/<slug>/index.html`), for any static host.
 */
export type PageTarget = { dir: string; layout: 'set' | 'site' }

/** The file of a page set's page; servers look for it by this name (publishing/staticServer.ts, docs/nginx). */
const setPageFile = (dir: string, locale: RecordShell['locale'], slug: string): string => path.join(dir, locale, `${slug}.html.gz`)

/** A page's own content, compressed for each page at the fastest level; the shell's parts are compressed once, at the best (gzipPieces.ts). */
const PAGE_LEVEL = 1

/** Writes the pages of records, in each shell's language, into a target; counts files and bytes written. */
export class PageWriter {
  files = 0
  bytes = 0
  private readonly prepared: PreparedShell[]
  /** Each shell's parts, compressed once: a page set's pages are gzipped. */
  private readonly compressedParts: Piece[][]
  private readonly folders = new Set<string>()

  constructor(
    shells: RecordShell[],
    private readonly target: PageTarget,
    /** Files there may be links to an earlier set's: they are replaced, never written into. */
    private readonly replacing = false,
    /** The records are the sample catalog's (CatalogManifest.sample): their pages say so. */
    sample = false,
  ) {
    this.prepared = shells.map((shell) => prepareShell(shell, { sample }))
    this.compressedParts = target.layout === 'set' ? this.prepared.map((shell) => shell.parts.map((part) => compressedPiece(part))) : []
  }

  /** Writes the pages of a record (its line of a records file). */
  writeRecord(line: string): void {
    const record = JSON.parse(line) as CatalogRecord
    this.prepared.forEach((shell, n) => this.write(n, recordSlug(record.id), recordValues(record, shell)))
  }

  /** Writes the pages saying a record is gone, at its address. */
  writeWithdrawn(id: string): void {
    this.prepared.forEach((shell, n) => this.write(n, recordSlug(id), withdrawnValues(id, shell)))
  }

  /** A page gzipped: the shell's parts as compressed once, the page's own content compressed, its short values stored. */
  private gzipped(n: number, values: PageValues): Buffer {
    const { tokens } = this.prepared[n]!
    const parts = this.compressedParts[n]!
    const pieces = [parts[0]!]
    tokens.forEach((token, i) => {
      pieces.push(token === 'main' ? compressedPiece(values[token], PAGE_LEVEL) : storedPiece(values[token]), parts[i + 1]!)
    })
    return gzipOf(pieces)
  }

  private write(n: number, slug: string, values: PageValues): void {
    const locale = this.prepared[n]!.shell.locale
    const { dir, layout } = this.target
    const file = layout === 'set' ? setPageFile(dir, locale, slug) : path.join(dir, locale === 'en' ? 'en' : '', 'catalog', 'record', slug, 'index.html')
    const folder = path.dirname(file)
    if (!this.folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true })
      this.folders.add(folder)
    }
    const data = layout === 'set' ? this.gzipped(n, values) : Buffer.from(fill(this.prepared[n]!, values))
    if (this.replacing) fs.rmSync(file, { force: true })
    fs.writeFileSync(file, data)
    this.files += 1
    this.bytes += data.length
  }
}
