import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { text, textarea } from 'payload/shared'

import { inLanguageOf } from './labels'

const DEFAULT_LOCALE = 'zh'

/**
 * Chinese is the default language: every item must have its Chinese text, English may be
 * missing (readers then see the Chinese). An item is therefore created in Chinese first.
 */
function chineseRequiredMessage(
  value: unknown,
  { operation, req }: { operation?: string; req: Parameters<TextFieldSingleValidation>[1]['req'] },
): string | true {
  const locale = req.locale || DEFAULT_LOCALE
  if (locale !== DEFAULT_LOCALE && operation === 'create') {
    return inLanguageOf(req, {
      en: 'Create the item in Chinese first: the Chinese text is required, the English one is optional.',
      zh: '请先用中文创建：中文内容为必填，英文可稍后补充。',
    })
  }
  if (locale === DEFAULT_LOCALE && (typeof value !== 'string' || value.trim() === '')) {
    return inLanguageOf(req, { en: 'The Chinese text is required.', zh: '中文内容为必填项。' })
  }
  return true
}

/** Validation for a localized text field that is required in Chinese. */
export const chineseRequiredText: TextFieldSingleValidation = (value, args) => {
  const result = chineseRequiredMessage(value, args)
  return result === true ? text(value, args) : result
}

/** Validation for a localized textarea that is required in Chinese. */
export const chineseRequiredTextarea: TextareaFieldValidation = (value, args) => {
  const result = chineseRequiredMessage(value, args)
  return result === true ? textarea(value, args) : result
}
