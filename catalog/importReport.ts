import path from 'node:path'

import type { CatalogRecord } from './contract'
import type { RecordPosition, RecordWarning } from './marc/types'

/** Lines of each kind shown on the console; all of them go to the report file. */
const SHOWN = 20
const SKIPPED_TITLE = 'Skipped records (they cannot be read):'
const NONE_SKIPPED = 'No record was skipped.'

/** The records a report's text (ImportReport.text) lists as skipped, a line each. */
export function skippedInReport(text: string): string[] {
  if (!text.startsWith(SKIPPED_TITLE)) return []
  const section = text.split('\n\n')[0]!.split('\n').slice(1)
  return section.filter((line) => line !== '' && line !== NONE_SKIPPED)
}

/** Where a record sits, as a cataloguer finds it again: `export.mrc, record 3 (byte 4435)`. */
export const where = ({ byteOffset, file, recordNumber }: RecordPosition): string =>
  `${path.basename(file)}, record ${recordNumber} (byte ${byteOffset})`

/** A record as a cataloguer knows it: its control number and title. */
const named = (record: CatalogRecord) => `${record.id} “${record.title}”`

/**
 * What an import has to tell the cataloguer about single records: those it skipped (and why),
 * those it kept with a field dropped or repaired, and control numbers that came twice. The
 * first few of each kind are shown as they happen; `text()` is the whole report, for
 * `import-report.txt`.
 */
export class ImportReport {
  readonly skipped: string[] = []
  readonly warnings: string[] = []
  readonly duplicates: string[] = []
  /** Records kept with at least one warning. */
  warned = 0

  constructor(private readonly log: (line: string) => void) {}

  skip(position: RecordPosition, reason: string): void {
    this.note(this.skipped, `${where(position)}: ${reason}`, 'skipped')
  }

  keptWithWarnings(position: RecordPosition, record: CatalogRecord, warnings: RecordWarning[]): void {
    if (warnings.length === 0) return
    this.warned += 1
    for (const { field, message } of warnings) {
      this.note(this.warnings, `${where(position)}, ${named(record)}: ${field ? `field ${field}: ` : ''}${message}`, 'kept with a warning')
    }
  }

  duplicate(first: RecordPosition, later: RecordPosition, record: CatalogRecord): void {
    this.note(this.duplicates, `${named(record)} is in the export twice, at ${where(first)} and at ${where(later)}: the later one is kept`, 'twice')
  }

  /** Says how many lines of each kind were not shown. */
  finish(): void {
    for (const [lines, kind] of [
      [this.skipped, 'skipped records'],
      [this.warnings, 'warnings'],
      [this.duplicates, 'duplicate control numbers'],
    ] as const) {
      if (lines.length > SHOWN) this.log(`  … and ${lines.length - SHOWN} more ${kind} (all in import-report.txt)`)
    }
  }

  /** The whole report, section by section; a section with nothing in it says so. */
  text(): string {
    const section = (title: string, lines: string[], none: string) => `${title}\n${lines.length > 0 ? lines.join('\n') : none}\n`
    return [
      section(SKIPPED_TITLE, this.skipped, NONE_SKIPPED),
      section('Kept with warnings (a field was dropped or repaired):', this.warnings, 'No warnings.'),
      section('Control numbers found twice:', this.duplicates, 'None.'),
    ].join('\n')
  }

  private note(lines: string[], line: string, kind: string): void {
    lines.push(line)
    if (lines.length <= SHOWN) this.log(`  ${kind}: ${line}`)
  }
}
