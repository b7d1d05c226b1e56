import type { Qualifier } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { formatNumber } from '../dates'

/** A figure as the source gave it: 约1,100 / about 1,100; 1,100余 / more than 1,100. */
export function formatCount(value: number, qualifier: Qualifier | null | undefined, locale: Locale): string {
  const number = formatNumber(value, locale)
  if (qualifier === 'about') return locale === 'zh' ? `约${number}` : `about ${number}`
  if (qualifier === 'over') return locale === 'zh' ? `${number}余` : `more than ${number}`
  return number
}
