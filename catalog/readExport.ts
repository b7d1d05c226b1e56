import path from 'node:path'

import type { ImportResult } from './importCatalog'
import { readCatalogCsv } from './marc/csv'
import { readIso2709 } from './marc/iso2709'
import { readMarcXml } from './marc/marcxml'
import type { MarcEncoding } from './marc/types'

/** The encodings an export may be read in: `auto` takes each record's own word for it. */
export const MARC_ENCODINGS: MarcEncoding[] = ['auto', 'utf-8', 'gb18030', 'marc-8']

/**
 * The records of one export file, by its kind: MARCXML (`.xml`, also an SRU response), the CSV
 * layout of docs/catalog-csv.md (`.csv`), or ISO 2709 (anything else: `.mrc`, `.iso`, `.marc`, `.dat`).
 */
export function readExport(file: string, encoding: MarcEncoding = 'auto'): AsyncIterable<ImportResult> {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.xml') return readMarcXml(file)
  if (extension === '.csv') return readCatalogCsv(file)
  return readIso2709(file, { encoding })
}
