import type { PagesWritten } from './pages/recordPages'
import type { CatalogChanges } from './store'

/** The stages of an import, in order. */
export const IMPORT_STAGES = ['reading', 'indexing', 'pages', 'publishing'] as const
export type ImportStage = (typeof IMPORT_STAGES)[number]
export type ImportProgress = { read: number; skipped: number; stage: ImportStage }

/** What an import did, at its end. */
export type ImportSummary = CatalogChanges & {
  changed: boolean
  /** Control numbers found twice in the files; the later record is kept. */
  duplicates: number
  /** Distinct records the files hold. */
  imported: number
  read: number
  /** The record pages written, when the import was given the site's shells. */
  pages?: PagesWritten
  seconds: number
  skipped: number
  /** Records kept with a field dropped or repaired. */
  warned: number
}

/**
 * What `npm run catalog:import -- --events` prints, one JSON object a line, for a process that
 * runs the import and follows it (the admin's importer): a line of its log, where it stands, and
 * at the end either its summary or why it failed (with the counts when it would remove too much).
 */
export type ImportEvent =
  | { log: string }
  | { progress: ImportProgress }
  | { summary: ImportSummary }
  | { failed: { cancelled: boolean; message: string; removal?: { before: number; removed: number } } }

/** The event of a line the import printed; a line that is not one (a stray message) is a log line. */
export function readImportEvent(line: string): ImportEvent {
  try {
    const event = JSON.parse(line) as unknown
    if (event && typeof event === 'object' && ['log', 'progress', 'summary', 'failed'].some((key) => key in event)) return event as ImportEvent
  } catch {
    // not JSON: a line something else printed
  }
  return { log: line }
}
