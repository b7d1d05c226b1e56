import fs from 'node:fs'

/** Skipped records shown in an import's record; the report file has them all. */
const SHOWN = 50

/** The first records an import's report (catalog/importReport.ts) lists as skipped, a line each; empty without a report. */
export function skippedLines(reportFile: string): string {
  let text: string
  try {
    text = fs.readFileSync(reportFile, 'utf8')
  } catch {
    return ''
  }
  const section = text.split('\n\n')[0]?.split('\n').slice(1) ?? []
  const lines = section.filter((line) => line && line !== 'No record was skipped.')
  return [...lines.slice(0, SHOWN), ...(lines.length > SHOWN ? [`… ${lines.length - SHOWN} more in the report`] : [])].join('\n')
}
