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
