import type { TextField, TextFieldSingleValidation } from 'payload'

import { type Bilingual, inLanguageOf } from './labels'

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

const validateTimeOfDay: TextFieldSingleValidation = (value, { req, required }) => {
  if (!value) {
    return required ? inLanguageOf(req, { en: 'A time is required.', zh: '时间为必填项。' }) : true
  }
  if (!HH_MM.test(value)) {
    return inLanguageOf(req, {
      en: `"${value}" is not a time of day: write it as HH:MM, e.g. 08:30.`,
      zh: `“${value}”不是有效时间，请写成 时:分，例如 08:30。`,
    })
  }
  return true
}

/** A time of day in the library's time zone, `HH:MM` (24-hour). */
export const timeOfDay = ({ label, name, required = false }: { label: Bilingual; name: string; required?: boolean }): TextField => ({
  name,
  type: 'text',
  label,
  required,
  validate: validateTimeOfDay,
  admin: { placeholder: '09:00' },
})
