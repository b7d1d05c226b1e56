import { parse } from 'isbn3'

import type { RecordWarning } from '../marc/types'
import { clean } from './text'

/** Runs of digits, hyphens and spaces that end in a digit or X, then their space-separated parts. */
function* candidates(value: string): Generator<string> {
  for (const run of value.match(/\d[\d\s-]*[\dXx]/gu) ?? []) {
    yield run
    if (/\s/u.test(run)) yield* run.split(/\s+/u)
  }
}

/**
 * The ISBN-13 digits of an ISBN field's value, or `undefined` when it holds no valid ISBN.
 * Takes the ISBN out of "0743297792 (alk. paper)" or "ISBN 7-5037-1744-0", accepts ISBN-10
 * and ISBN-13 with or without hyphens or spaces, and validates with isbn3: the check digit,
 * and a registration group that exists. A bad ISBN is dropped; the record is kept.
 */
export function isbn13(value: string): string | undefined {
  for (const candidate of candidates(value)) {
    const digits = candidate.replace(/[\s-]/gu, '').toUpperCase()
    if (digits.length !== 10 && digits.length !== 13) continue
    const isbn = parse(digits)?.isbn13
    if (isbn) return isbn
  }
  return undefined
}

/** The valid ISBNs of several values as ISBN-13, each once, in order. */
export const isbn13s = (values: string[]): string[] => [
  ...new Set(values.map(isbn13).filter((isbn): isbn is string => isbn !== undefined)),
]

/**
 * The valid ISBNs of the values of an ISBN field (MARC21 020$a, CNMARC 010$a), as isbn13s
 * gives them; a value that holds none is left out with a warning naming the field.
 */
export function validIsbns(values: string[], tag: string, warnings: RecordWarning[]): string[] {
  for (const value of values) {
    if (isbn13(value) === undefined) warnings.push({ field: tag, message: `"${clean(value)}" in ${tag}$a is no valid ISBN: left out` })
  }
  return isbn13s(values)
}
