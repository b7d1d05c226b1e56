import fs from 'node:fs'

import type { ImportResult } from './importCatalog'
import { boundedExpansion, checkFile, expansionLimit, fileChunks, gunzipChunks, peek } from './marc/byteSource'
import { readCatalogCsv } from './marc/csv'
import { exportKind, type ExportKind } from './marc/exportKind'
import { readIso2709 } from './marc/iso2709'
import { readMarcXml } from './marc/marcxml'
import type { MarcEncoding } from './marc/types'
import { openZip } from './marc/zipArchive'

/** The encodings an export may be read in: `auto` takes each record's own word for it. */
export const MARC_ENCODINGS: MarcEncoding[] = ['auto', 'utf-8', 'gb18030', 'marc-8']

/** One export to read: where its records are named from, its kind, its bytes, and how to let them go unread. */
type Source = { chunks: AsyncIterable<Buffer>; close: () => Promise<void>; kind: ExportKind; name: string }

const notAnExport = (name: string, kind: ExportKind) => new Error(`${name} is not a catalog export: ${kind.kind === 'unknown' ? kind.reason : `it is a ${kind.kind} file inside another archive; unpack the outer one first`}`)

/** The records of one source, by the reader of its kind. */
function recordsOf({ chunks, kind, name }: Source, encoding: MarcEncoding): AsyncIterable<ImportResult> {
  if (kind.kind === 'iso2709') return readIso2709(name, { chunks, encoding })
  if (kind.kind === 'marcxml') return readMarcXml(name, { chunks, encoding: kind.encoding })
  if (kind.kind === 'csv') return readCatalogCsv(name, { chunks })
  throw notAnExport(name, kind)
}

/**
 * The kind of a stream of `bytes` bytes from its first bytes, with the stream kept whole; a gzip
 * stream is opened and looked into, and may expand so far only (boundedExpansion).
 */
async function look(chunks: AsyncIterable<Buffer>, name: string, bytes: number): Promise<Source> {
  const peeked = await peek(chunks)
  const kind = exportKind(peeked.head)
  if (kind.kind !== 'gzip') return { chunks: peeked.chunks, close: peeked.close, kind, name }
  const inner = await peek(boundedExpansion(gunzipChunks(peeked.chunks, name), name, expansionLimit(bytes)))
  const innerKind = exportKind(inner.head)
  if (innerKind.kind === 'gzip' || innerKind.kind === 'zip' || innerKind.kind === 'unknown') {
    await inner.close()
    throw innerKind.kind === 'unknown' ? new Error(`${name} is not a catalog export: it is gzip-compressed, and inside, ${innerKind.reason}`) : notAnExport(name, innerKind)
  }
  return { chunks: inner.chunks, close: inner.close, kind: innerKind, name }
}

/**
 * Opens an export and checks what it is before any record is read: the format is told from the
 * content, not the name (ISO 2709, MARCXML in UTF-8 or UTF-16, the catalog CSV), inside a gzip
 * or zip file too. Throws an `Error` that names the file and says what is wrong — missing, a
 * folder, unreadable, not an export ("photo.png is not a catalog export: it is a PNG image"),
 * a zip archive holding something else — so that the importer stops before it touches the
 * catalog. Records in a zip archive are named `archive.zip › path/in/archive.mrc`; byte offsets
 * in a compressed file count its uncompressed bytes.
 */
export async function openExport(file: string, encoding: MarcEncoding = 'auto'): Promise<AsyncIterable<ImportResult>> {
  await checkFile(file)
  const fileBytes = (await fs.promises.stat(file)).size
  const source = await look(fileChunks(file), file, fileBytes)
  if (source.kind.kind !== 'zip') {
    if (source.kind.kind !== 'unknown') return recordsOf(source, encoding)
    await source.close()
    throw notAnExport(file, source.kind)
  }
  await source.close()
  const zip = await openZip(file)
  const sources: Source[] = []
  try {
    if (zip.entries.length === 0) throw new Error(`${file} is not a catalog export: it is a zip archive with no file in it`)
    for (const entry of zip.entries) {
      const name = `${file} › ${entry.name.split('/').join(' › ')}`
      const source = await look(await entry.open(), name, entry.compressedSize)
      sources.push(source)
      if (source.kind.kind === 'unknown' || source.kind.kind === 'zip' || source.kind.kind === 'gzip') {
        const xlsx = zip.entries.some((other) => other.name === '[Content_Types].xml') && zip.entries.some((other) => other.name.startsWith('xl/'))
        if (xlsx) throw new Error(`${file} is not a catalog export: it is an Excel workbook (.xlsx); save it as “CSV UTF-8 (comma delimited)”`)
        throw new Error(`${file} holds ${entry.name}, which is not a catalog export: ${source.kind.kind === 'unknown' ? source.kind.reason : `it is a ${source.kind.kind} file inside the zip archive; unpack it first`}. Take it out of the archive, or import the exports in it by name`)
      }
    }
  } catch (error) {
    for (const { close } of sources) await close()
    zip.close()
    throw error
  }
  // Each entry was opened to be looked at; it is read again from its start when its turn comes.
  for (const { close } of sources) await close()
  return (async function* () {
    try {
      for (const entry of zip.entries) {
        const name = `${file} › ${entry.name.split('/').join(' › ')}`
        const source = await look(boundedExpansion(await entry.open(), name, expansionLimit(entry.compressedSize)), name, entry.compressedSize)
        yield* recordsOf(source, encoding)
      }
    } finally {
      zip.close()
    }
  })()
}

/**
 * The records of one export file, whatever its kind (see {@link openExport}). The first step
 * of the iteration throws, before any record, when the file cannot be read as an export.
 */
export async function* readExport(file: string, encoding: MarcEncoding = 'auto'): AsyncGenerator<ImportResult> {
  yield* await openExport(file, encoding)
}
