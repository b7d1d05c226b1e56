/**
 * What the site puts between the parts of a title it composes: "流动图书车 · 醴陵市明月镇" (a van
 * visit, site/lib/model/events.ts), "新闻公告 · 醴陵市图书馆" (a page's <title>, BaseLayout.astro).
 */
export const TITLE_SEPARATOR = ' · '

/** Text as a reader takes it in: any run of white space as one space, none at either end, Unicode composed. */
export const normalizeText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim()

/** A title as the site shows it, whole, then each part when the site composed it of parts. */
export function titleUnits(title: string): string[] {
  const whole = normalizeText(title)
  if (!whole.includes(TITLE_SEPARATOR)) return whole ? [whole] : []
  return [whole, ...whole.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean)]
}
