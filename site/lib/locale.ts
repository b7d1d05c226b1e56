import type { Locale } from '../i18n'

/** `<html lang>` and `hreflang` of each locale. */
export const HTML_LANG: Record<Locale, 'en' | 'zh-CN'> = { en: 'en', zh: 'zh-CN' }

/** The locale that `Intl` formats dates and numbers with. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' }

/** What stands between the items of a list the site writes: a full-width comma in Chinese. */
export const LIST_SEPARATOR: Record<Locale, string> = { en: ', ', zh: '，' }

/** What stands between a label and its value: a full-width colon in Chinese. */
export const LABEL_SEPARATOR: Record<Locale, string> = { en: ': ', zh: '：' }

/** Chinese lives at `/`, English at `/en/`: the `[...lang]` route parameter is `undefined` or `en`. */
export const localeOf = (lang: string | undefined): Locale => (lang === 'en' ? 'en' : 'zh')

/** The route parameter of a locale. */
export const langParam = (locale: Locale): string | undefined => (locale === 'en' ? 'en' : undefined)

/** getStaticPaths entries for a page that exists once per locale. */
export const localePaths = () => (['zh', 'en'] as const).map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }))

/** The address of `path` (written as in Chinese, e.g. `/news/`) in `locale`. */
export function href(locale: Locale, path: string): string {
  const withSlash = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`
  return locale === 'en' ? `/en${withSlash === '/' ? '/' : withSlash}` : withSlash
}

/** The same page in the other language, from the current address. */
export function counterpart(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) return { locale: 'zh', path: pathname.slice(3) || '/' }
  return { locale: 'en', path: `/en${pathname}` }
}
