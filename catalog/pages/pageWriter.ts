import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { CatalogRecord } from '../contract'
import { recordSlug } from '../display/recordAddress'
import { type PreparedShell, prepareShell, recordPage, withdrawnPage } from './recordPage'
import type { RecordShell } from './recordShell'

/**
 * Where pages go. `set`: a page set's folder (recordPages.ts), `<dir>/<locale>/<slug>.html.gz`,
 * gzipped: a third of the bytes and a quarter of the disk blocks, which is what writing 600,000
 * pages waits for; servers send them as they are to browsers, which all take gzip, and unpack
 * them for a client that does not. `site`: a static site's folders, each page the `index.html`
 * of its address (`<dir>/[en/]catalog/record/<slug>/index.html`), for any static host.
 */
export type PageTarget = { dir: string; layout: 'set' | 'site' }

/** The file of a page set's page; servers look for it by this name (publishing/staticServer.ts, docs/nginx). */
export const setPageFile = (dir: string, locale: RecordShell['locale'], slug: string): string => path.join(dir, locale, `${slug}.html.gz`)

/** Fast compression: level 1 makes pages 5 % larger than level 9 in a third of the time. */
const GZIP_LEVEL = 1

/** Writes the pages of records, in each shell's language, into a target; counts files and bytes written. */
export class PageWriter {
  files = 0
  bytes = 0
  private readonly prepared: PreparedShell[]
  private readonly folders = new Set<string>()

  constructor(
    shells: RecordShell[],
    private readonly target: PageTarget,
    /** Files there may be links to an earlier set's: they are replaced, never written into. */
    private readonly replacing = false,
  ) {
    this.prepared = shells.map(prepareShell)
  }

  /** Writes the pages of a record (its line of a records file). */
  writeRecord(line: string): void {
    const record = JSON.parse(line) as CatalogRecord
    for (const shell of this.prepared) this.write(shell.shell.locale, recordSlug(record.id), recordPage(record, shell))
  }

  /** Writes the pages saying a record is gone, at its address. */
  writeWithdrawn(id: string): void {
    for (const shell of this.prepared) this.write(shell.shell.locale, recordSlug(id), withdrawnPage(id, shell))
  }

  private write(locale: RecordShell['locale'], slug: string, page: string): void {
    const { dir, layout } = this.target
    const file = layout === 'set' ? setPageFile(dir, locale, slug) : path.join(dir, locale === 'en' ? 'en' : '', 'catalog', 'record', slug, 'index.html')
    const folder = path.dirname(file)
    if (!this.folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true })
      this.folders.add(folder)
    }
    const data = layout === 'set' ? gzipSync(page, { level: GZIP_LEVEL }) : Buffer.from(page)
    if (this.replacing) fs.rmSync(file, { force: true })
    fs.writeFileSync(file, data)
    this.files += 1
    this.bytes += data.length
  }
}
