/**
 * Marks that set the direction of the text around them (U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069): records converted from MARC-8 wrap Arabic and Hebrew 880s in them, where they
 * would split the words search finds; the site sets the direction itself (`dir="auto"`).
 */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/**
 * Characters that NFC leaves as they are, whatever follows them, and that are neither spaces nor
 * direction marks: ASCII and the Latin letters before the combining marks (U+0300), CJK
 * punctuation, kana without its combining sound marks, CJK ideographs (not the compatibility
 * ones), Hangul syllables, full-width forms. Most of a catalog's text is made of them.
 */
const SETTLED_CHARACTERS = '!-~\u00a1-\u02ff\u3001-\u303f\u3041-\u3098\u309b-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff01-\uffef'
/** Text that clean() leaves as it is: settled characters, with single spaces between them. Telling it costs far less than cleaning. */
const SETTLED = new RegExp(`^[${SETTLED_CHARACTERS}]+(?: [${SETTLED_CHARACTERS}]+)*$`, 'u')

/**
 * Trims a value, collapses runs of whitespace (full-width spaces too), drops direction marks
 * and composes accents (NFC: MARC exports often write "ĭ" as "i" plus a combining breve, which
 * search would not match with a typed "ĭ"). Punctuation is kept.
 */
export const clean = (value: string): string => (SETTLED.test(value) ? value : value.normalize('NFC').replace(DIRECTION_MARKS, '').replace(/\s+/gu, ' ').trim())

/** A cleaned value, or `undefined` when nothing is left. */
export const nonEmpty = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  const cleaned = clean(value)
  return cleaned === '' ? undefined : cleaned
}

/**
 * Removes the ISBD punctuation that MARC21 leaves at the end of a subfield to announce the
 * next one (" /", " :", " ;", " =", ","), and a closing full stop after a word ("Ayaz, Shaikh,"
 * → "Ayaz, Shaikh", "Jewish law." → "Jewish law"). A stop after an initial ("Mazur, I. N.")
 * or an ellipsis stays, and so does a bracket with its pair, as in traject's `trim_punctuation`.
 * 880 fields write the same marks in their script: full-width in CJK ("北韓 法令集 ／", "崔 逹坤．"),
 * Arabic comma and semicolon in Arabic script ("طرح نو،").
 */
export function stripIsbdPunctuation(value: string): string {
  let text = clean(value)
  for (;;) {
    const next = text
      .replace(/\s*[/:;=,／：；＝，،؛]$/u, '')
      .replace(/([\p{L}\p{M}]{2}|[)\]"])\.$/u, '$1')
      .replace(/．$/u, '')
      .replace(/^\[([^\]]*)$/u, '$1')
      .replace(/^([^[]*)\]$/u, '$1')
      .trim()
    if (next === text) return text
    text = next
  }
}

/**
 * Trims the ASCII separators (",", ":", ";", "=", "/") that some UNIMARC exports leave at either
 * end of a subfield; Chinese punctuation (：，；) belongs to the text and stays.
 */
export const trimSeparators = (value: string): string => clean(value).replace(/^[\s,:;=/]+|[\s,:;=/]+$/gu, '')

const EARLIEST_YEAR = 1000
const LATEST_YEAR = 2100

/**
 * The first four-digit year in a publication date: "2009", "2009.5", "[1998]", "c1984.".
 * A number outside 1000–2100 is no year a catalog means.
 */
export function yearFrom(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  for (const match of value.matchAll(/(?<!\d)\d{4}(?!\d)/gu)) {
    const year = Number(match[0])
    if (year >= EARLIEST_YEAR && year <= LATEST_YEAR) return year
  }
  return undefined
}

/** Keeps the first of equal values, in order. */
export const unique = (values: string[]): string[] => [...new Set(values)]
