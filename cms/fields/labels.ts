/** A label or message in both interface languages of the admin. */
export type Bilingual = { en: string; zh: string }

/** Builds a bilingual label: `label('标题', 'Title')`. */
export const label = (zh: string, en: string): Bilingual => ({ en, zh })

/** Picks the message in the language the admin (or API caller) is using; Chinese by default. */
export const inLanguageOf = (req: { i18n?: { language?: string } } | undefined, message: Bilingual): string =>
  req?.i18n?.language === 'en' ? message.en : message.zh
