import { normalizeText, TITLE_SEPARATOR } from './titleText'

/** The locales the site formats dates in (site/lib/locale.ts, INTL_LOCALE). */
const INTL_LOCALES = ['zh-CN', 'en-US']
/** What Chinese dates are written with besides numbers: 2014年3月22日, 2月10日至13日, 周日, 星期六. */
const CHINESE_DATE_WORDS = ['年', '月', '日', '至', '号', '时', '分', '周', '星期']
/** Numbers, punctuation, symbols and spaces: what dates, times, counts and ranges are made of besides words. */
const NUMBERS_AND_MARKS = /[\p{N}\p{P}\p{S}\p{Z}]/gu
const PLACEHOLDER = /\{\w+\}/

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The names of weekdays, months and halves of the day in both languages, long and short, as Intl writes them. */
function calendarWords(): string[] {
  const words = new Set(CHINESE_DATE_WORDS)
  for (const locale of INTL_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: style })
      const month = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' })
      for (let day = 0; day < 7; day += 1) words.add(weekday.format(Date.UTC(2024, 0, 7 + day, 12)))
      for (let index = 0; index < 12; index += 1) words.add(month.format(Date.UTC(2024, index, 15, 12)))
    }
    const hour = new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
    for (const time of [Date.UTC(2024, 0, 1, 9), Date.UTC(2024, 0, 1, 15)]) {
      words.add(hour.formatToParts(time).find((part) => part.type === 'dayPeriod')?.value ?? '')
    }
  }
  words.delete('')
  return [...words].map(normalizeText).sort((a, b) => b.length - a.length)
}

/** An interface string with `{name}` placeholders as a pattern whose groups are what fills them in. */
const templatePattern = (template: string) =>
  new RegExp(`^${normalizeText(template).split(new RegExp(PLACEHOLDER, 'g')).map(escapeRegExp).join('(.+?)')}$`, 'u')

export type SiteTextSources = {
  /** The site's interface strings, in both languages (site/i18n/*.json). */
  interfaceStrings: Iterable<string>
  /** Every text of the published content, as readers see it (see publishedTexts). */
  published: Iterable<string>
}

/**
 * Tells whether the site may rightly show `text` as a whole title, heading or link without any
 * draft: text of the published content or an interface string; a date, time or number, in either
 * language ("Sunday", "星期日", "2014年3月", "March 2014"); an interface string whose
 * placeholders are filled with such text ("Page 3", "Back to 新闻公告"); or such texts joined as
 * the site joins the parts of a title ("流动图书车 · 醴陵市明月镇").
 */
export function siteTexts({ interfaceStrings, published }: SiteTextSources): (text: string) => boolean {
  const interfaceList = [...interfaceStrings]
  const known = new Set([...published, ...interfaceList].map(normalizeText))
  const words = new RegExp(calendarWords().map(escapeRegExp).join('|'), 'giu')
  const templates = [...new Set(interfaceList)].filter((value) => PLACEHOLDER.test(value)).map(templatePattern)

  const isCalendarText = (text: string) => text.replace(words, '').replace(NUMBERS_AND_MARKS, '') === ''
  const isPlain = (text: string) => known.has(text) || isCalendarText(text)
  const isFilledTemplate = (text: string) =>
    templates.some((pattern) => pattern.exec(text)?.slice(1).every((filling) => isPlain(normalizeText(filling))) ?? false)
  const isSiteText = (text: string) => isPlain(text) || isFilledTemplate(text)

  return (text) => {
    const normalized = normalizeText(text)
    if (isSiteText(normalized)) return true
    const parts = normalized.split(TITLE_SEPARATOR)
    return parts.length > 1 && parts.every((part) => isSiteText(part.trim()))
  }
}
