/** A value written in both languages in a content file: `{ zh: …, en: … }`. */
export type LocalizedValue<T = unknown> = { en?: T; zh: T }

export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True for `{ zh: …, en: … }` (English optional): the shape of a localized value in content files. */
export function isLocalizedValue(value: unknown): value is LocalizedValue {
  if (!isPlainObject(value) || !('zh' in value)) return false
  return Object.keys(value).every((key) => (LOCALES as readonly string[]).includes(key))
}

/**
 * The data of one language: every `{ zh, en }` is replaced by its value in `locale`, and
 * everything else is kept, at any depth. A missing English value is left out, so that readers
 * fall back to the Chinese.
 */
export function pickLocale(value: unknown, locale: Locale): unknown {
  if (isLocalizedValue(value)) return value[locale]
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale))
  if (isPlainObject(value)) {
    const picked: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      const localized = pickLocale(inner, locale)
      if (localized !== undefined) picked[key] = localized
    }
    return picked
  }
  return value
}

/**
 * Copies the row ids of `stored` into `data`, array by array and index by index. A second
 * language written without them would replace the rows, and the first language with them.
 */
export function withRowIds(data: unknown, stored: unknown): unknown {
  if (Array.isArray(data)) {
    const storedRows = Array.isArray(stored) ? stored : []
    return data.map((row, index) => withRowIds(row, storedRows[index]))
  }
  if (isPlainObject(data)) {
    const storedObject = isPlainObject(stored) ? stored : {}
    const merged: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(data)) merged[key] = withRowIds(inner, storedObject[key])
    if (typeof storedObject.id === 'string' || typeof storedObject.id === 'number') merged.id = storedObject.id
    return merged
  }
  return data
}
