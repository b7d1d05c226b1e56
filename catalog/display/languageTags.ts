/**
 * The language tag (BCP 47) of a record's text, from its ISO 639-2 code, for the `lang` of what
 * the catalog shows: so the browser picks the fonts, line breaks and voice of that language.
 */
const LANGUAGE_TAGS: Record<string, string> = {
  ara: 'ar',
  // The site's own Chinese is simplified, as most of the catalog's is.
  chi: 'zh-CN',
  eng: 'en',
  fre: 'fr',
  ger: 'de',
  gre: 'el',
  heb: 'he',
  hin: 'hi',
  jpn: 'ja',
  kor: 'ko',
  mon: 'mn',
  per: 'fa',
  rus: 'ru',
  spa: 'es',
  tha: 'th',
  tib: 'bo',
  uig: 'ug',
  urd: 'ur',
  vie: 'vi',
}

/** The language tag of text in a record's language, or `undefined` when the language is not known here. */
export const languageTag = (code: string | undefined): string | undefined => (code === undefined ? undefined : LANGUAGE_TAGS[code])

/**
 * The language tag of a record's romanised text (`zh-Latn` for pinyin), when the record also
 * gives its text in its own script.
 */
export const romanisedTag = (code: string | undefined): string | undefined => {
  const tag = languageTag(code)
  return tag && `${tag.split('-')[0]}-Latn`
}

/**
 * ISO 639-2 bibliographic codes that differ from the terminology code BCP 47 uses (the
 * standard's complete list of such pairs); every other ISO 639-2 code is a BCP 47 tag as it is.
 */
const TERMINOLOGY_CODES: Record<string, string> = {
  alb: 'sqi', arm: 'hye', baq: 'eus', bur: 'mya', chi: 'zho', cze: 'ces', dut: 'nld', fre: 'fra', geo: 'kat', ger: 'deu',
  gre: 'ell', ice: 'isl', mac: 'mkd', mao: 'mri', may: 'msa', per: 'fas', rum: 'ron', slo: 'slk', tib: 'bod', wel: 'cym',
}

/**
 * A language's name in the page's language: the site's own name when it has one (`own`, e.g.
 * 英文), else the browser's (希伯来语, Hebrew), else the code as the record gives it.
 */
export function languageName(code: string, locale: string, own: Record<string, string>): string {
  if (own[code] !== undefined) return own[code]
  try {
    return displayNames(locale).of(TERMINOLOGY_CODES[code] ?? code) ?? code
  } catch {
    return code
  }
}

/** Made once a locale: the record pages ask for a name on each of hundreds of thousands of pages. */
const namesByLocale = new Map<string, Intl.DisplayNames>()
function displayNames(locale: string): Intl.DisplayNames {
  let names = namesByLocale.get(locale)
  if (!names) namesByLocale.set(locale, (names = new Intl.DisplayNames([locale], { fallback: 'none', type: 'language' })))
  return names
}

/** The site's own language names, from the catalog's interface strings (`lang.chi` → 中文). */
export const ownLanguageNames = (text: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(text).flatMap(([key, name]) => (key.startsWith('lang.') ? [[key.slice('lang.'.length), name]] : [])))
