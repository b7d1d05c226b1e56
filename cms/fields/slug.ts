import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'

import { libraryDay } from '../../shared/calendar'
import { inLanguageOf, label } from './labels'
import { datedSlug, slugify } from './slugify'

const slugPresent: TextFieldSingleValidation = (value, { req }) =>
  (typeof value === 'string' && value !== '') ||
  inLanguageOf(req, {
    en: 'A slug is needed: give the item a title, or type a slug.',
    zh: '需要网址别名：请填写标题，或直接填写别名。',
  })

/**
 * The item's address on the public site. Left empty, it is made from the title when the item
 * is created (Chinese as pinyin; with `dateField`, starting with that day) and then stays as
 * it is, so that links keep working. Payload's `slugField` is not used: its generation runs
 * beside the required check, which then fails on a new item.
 */
export function slug({ titleField = 'title', dateField }: { dateField?: string; titleField?: string } = {}): TextField {
  const fillIn: FieldHook = ({ data, operation, value }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    if (operation !== 'create' && value === undefined) return value
    const title = data?.[titleField]
    if (typeof title !== 'string' || title.trim() === '') return value
    const day = dateField ? data?.[dateField] : undefined
    return day && !Number.isNaN(Date.parse(String(day))) ? datedSlug(title, libraryDay(day)) : slugify(title)
  }
  return {
    name: 'slug',
    type: 'text',
    label: label('网址别名', 'Slug'),
    index: true,
    unique: true,
    // Not `required`: the generated types would then demand a slug that the hook fills in.
    validate: slugPresent,
    admin: {
      description: label(
        '公开网站上的地址。留空则按标题自动生成，保存后不再变化。',
        'Address on the public site. Left empty, it is made from the title; it stays fixed once saved.',
      ),
      position: 'sidebar',
    },
    hooks: { beforeValidate: [fillIn] },
    // What is typed here becomes pinyin and hyphens: no free text, which tests that fill every text field skip.
    custom: { freeText: false },
  }
}
