import ICAL from 'ical.js'
import sax from 'sax'

import { findControlCharacter } from '../../shared/controlCharacters'

/** A feed, sitemap or calendar file as the release check reads it. */
export type FeedFile = {
  /** Why no reader could read it; undefined when it is fine. */
  problem?: string
  /** The titles it carries: RSS `<title>`s, iCalendar SUMMARYs. */
  titles: string[]
}

/** Where a character no feed may carry is, in words; undefined when there is none. */
function controlCharacterProblem(content: string): string | undefined {
  const found = findControlCharacter(content)
  return found && `character ${found.character} at line ${found.line}, column ${found.column} is not allowed`
}

/**
 * Reads an XML file with sax in strict mode, and fails it on the first error the parser finds;
 * sax does not check characters, so those XML forbids are looked for first.
 */
export function readXml(content: string): FeedFile {
  const titles: string[] = []
  const fail = (reason: string): FeedFile => ({ problem: `is not well-formed XML: ${reason}.`, titles })
  const control = controlCharacterProblem(content)
  if (control) return fail(control)

  const parser = sax.parser(true)
  const open: string[] = []
  let hasRoot = false
  parser.onopentag = () => {
    hasRoot = true
    open.push('')
  }
  parser.ontext = parser.oncdata = (text) => {
    if (open.length > 0) open[open.length - 1] += text
  }
  parser.onclosetag = (name) => {
    const text = open.pop()!
    if (name === 'title') titles.push(text)
  }
  parser.onerror = (error) => {
    throw error
  }
  try {
    parser.write(content).close()
  } catch (error) {
    const [reason, ...details] = (error as Error).message.split('\n')
    const at = (name: string) => details.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2)
    return fail(at('Line') === undefined ? reason! : `${reason} (line ${Number(at('Line')) + 1}, column ${at('Column')})`)
  }
  return hasRoot ? { titles } : fail('it has no root element')
}

/** Reads an iCalendar file with ical.js: one VCALENDAR, every line well-formed, no control characters in its text. */
export function readCalendar(content: string): FeedFile {
  const fail = (reason: string): FeedFile => ({ problem: `is not a valid iCalendar file: ${reason}.`, titles: [] })
  // RFC 5545 allows no control characters but tab in a line; ical.js does not check.
  const control = controlCharacterProblem(content.replace(/\r\n/g, '\n'))
  if (control) return fail(control)
  let calendar: ICAL.Component
  try {
    const jcal = ICAL.parse(content)
    if (jcal[0] !== 'vcalendar') return fail('it is not one VCALENDAR')
    calendar = new ICAL.Component(jcal)
  } catch (error) {
    return fail((error as Error).message)
  }
  const titles = calendar
    .getAllSubcomponents('vevent')
    .map((event) => event.getFirstPropertyValue('summary'))
    .filter((summary): summary is string => typeof summary === 'string')
  return { titles }
}
