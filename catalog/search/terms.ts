/**
 * How text becomes the catalog index's terms, the same for a record being indexed and for what a
 * reader types: Chinese, Japanese and Korean text as overlapping pairs of characters (a single
 * character only where it stands alone), other text as words without case or accents, and word
 * pairs so that a quoted phrase matches as a phrase.
 */

/** Scripts written without spaces between words. */
const UNSPACED_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]`, 'u')
const PIECES = new RegExp(`[${UNSPACED_CHARS}]+|(?:(?![${UNSPACED_CHARS}])[\\p{L}\\p{N}\\p{M}])+`, 'gu')
const MARKS = /\p{M}/gu

/** Text that folding leaves as it is but for case: ASCII and Chinese characters. */
const PLAIN = /^[\u0000-\u007f\u3400-\u4dbf\u4e00-\u9fff]*$/

/** Full-width forms as ASCII, lower case, accents off: `Ｃｈｉｎａ` and `Chína` are `china`. */
export const fold = (text: string): string =>
  PLAIN.test(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC')

/** A dot between two characters of a name (哈利·波特), which readers leave out when they type it. */
const NAME_DOT = new RegExp(`(?<=[${UNSPACED_CHARS}])[·・‧•](?=[${UNSPACED_CHARS}])`, 'gu')

/** The runs of a text: runs of unspaced scripts and words of the others, folded. */
export function pieces(text: string): string[] {
  return fold(text).replace(NAME_DOT, '').match(PIECES) ?? []
}

const isUnspaced = (piece: string) => UNSPACED.test(piece)

/** The terms of one run: a word as it is; unspaced text as its pairs of characters, or its one character. */
export function pieceTerms(piece: string): string[] {
  if (!isUnspaced(piece)) return [piece]
  const chars = [...piece]
  if (chars.length === 1) return chars
  const pairs: string[] = []
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.push(chars[i]! + chars[i + 1]!)
  return pairs
}

/** The terms of a text. */
export const textTerms = (text: string): string[] => pieces(text).flatMap(pieceTerms)

/** Pairs of adjacent words (`war and`, `and peace`) of spaced text: what makes a quoted phrase a phrase. */
export function wordPairs(text: string): string[] {
  const pairs: string[] = []
  let previous: string | undefined
  for (const piece of pieces(text)) {
    const word = isUnspaced(piece) ? undefined : piece
    if (previous && word) pairs.push(`${previous} ${word}`)
    previous = word
  }
  return pairs
}

/** The term of a whole title, for exact-title matches: its letters and digits only. */
export const exactTitleTerm = (title: string): string => `=${pieces(title).join('')}`

const CLASS_NUMBER = /^[a-z]{1,2}\d[\d.]*$/

/** The class terms of a CLC number: the number and each shorter prefix, so that `I247` finds `I247.5`. */
export function classTerms(clc: string): string[] {
  // What follows the number proper (`-53` general subdivisions, `/`, `=`) is not part of the prefixes.
  const number = /^[a-z]+[\d.]*/.exec(fold(clc).replace(/\s/g, ''))?.[0] ?? ''
  const letters = /^[a-z]+/.exec(number)?.[0] ?? ''
  const terms: string[] = []
  for (let end = Math.max(1, letters.length); end <= number.length; end += 1) {
    const prefix = number.slice(0, end).replace(/\.$/, '')
    if (prefix && !terms.includes(`clc:${prefix}`)) terms.push(`clc:${prefix}`)
  }
  return terms
}

/** The class term of something a reader typed that is shaped like a class number (`I247`, `tp312.8`), else undefined. */
export function classQueryTerm(token: string): string | undefined {
  const folded = fold(token)
  return CLASS_NUMBER.test(folded) ? `clc:${folded.replace(/\.$/, '')}` : undefined
}

/** The term of a class below the top level (`I2`, `TP`, `TP3`) that the class filter names, else undefined: the top level is a facet. */
export const subclassTerm = (value: string | undefined): string | undefined => (value && value.length > 1 ? `clc:${fold(value)}` : undefined)

/** The term of the records a branch holds. */
export const branchTerm = (code: string): string => `b:${code}`

/** Whether a term is a word a reader types, not a filter (`b:` branches) or an exact title (`=`): only those are paired. */
export const typedTerm = (term: string): boolean => !/^(?:b:|=)/.test(term)

/** The term of the records that have both terms of a pair of common terms, the same in either order. */
export const pairTerm = (a: string, b: string): string => (a < b ? `&${a}\u0000${b}` : `&${b}\u0000${a}`)
