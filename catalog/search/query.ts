/**
 * What a reader typed, as the terms every record found must have. ISBNs with or without hyphens
 * and a leading "ISBN" or 书号, class numbers, quoted phrases; anything else is text.
 */
import { classQueryTerm, exactTitleTerm, pieces, pieceTerms, wordPairs } from './terms'

/** Longer input is cut here: no title is longer, and it bounds the work. */
export const MAX_QUERY_CHARS = 200

export type ParsedQuery = {
  /** The term of the whole input as a title, for exact-title matches first. */
  exactTitle?: string
  /** Terms every record found must have, each once. */
  terms: string[]
}

const CONTROL = /[\p{Cc}\p{Cf}]/gu
const ISBN_PREFIX = /^\s*(?:isbn|书号|書號)[\s:：-]*/iu
const ISBN = /^(?:\d{9}[\dx]|\d{13})$/
const QUOTED = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/gu

/** The ISBN in what was typed (hyphens and spaces dropped), when it is one. */
function isbnOf(text: string): string | undefined {
  const compact = text.replace(/[\s\-‐‑–]/g, '').toLowerCase()
  return ISBN.test(compact) ? compact : undefined
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.replace(CONTROL, ' ').slice(0, MAX_QUERY_CHARS).replace(ISBN_PREFIX, '')
  const isbn = isbnOf(text)
  if (isbn) return { terms: [isbn] }

  const terms = new Set<string>()
  // A quoted phrase needs its words side by side: each pair of them is a term.
  const rest = text.replace(QUOTED, (_, phrase: string) => {
    for (const pair of wordPairs(phrase)) terms.add(pair)
    return ` ${phrase} `
  })
  for (const token of rest.split(/\s+/)) {
    // A class number is looked up whole: its dot does not split it (I242.4).
    const classTerm = classQueryTerm(token)
    if (classTerm) terms.add(classTerm)
    else for (const piece of pieces(token)) for (const term of pieceTerms(piece)) terms.add(term)
  }
  const exact = exactTitleTerm(text)
  return { exactTitle: exact.length > 1 ? exact : undefined, terms: [...terms] }
}
