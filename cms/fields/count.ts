import type { Field, NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

import { QUALIFIERS } from './choices'
import { type Bilingual, inLanguageOf, label } from './labels'
import { options } from './options'

/** The choices of a figure's precision: exact, "about" (约) or "more than" (余, 多). */
export const QUALIFIER_OPTIONS = options(QUALIFIERS, {
  about: label('约', 'About'),
  exact: label('准确数', 'Exact'),
  over: label('余（以上）', 'More than'),
})

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

const wholeNumber: NumberFieldSingleValidation = (value, args) => {
  const result = number(value, args)
  if (result !== true) return result
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return inLanguageOf(args.req, { en: `${value} is not a whole number.`, zh: `${value} 不是整数。` })
  }
  return true
}

/**
 * A count of people, books or works: a whole number, never negative. With `qualified`, a
 * sibling `<name>Qualifier` says whether the figure is exact, approximate or a lower bound.
 */
export function count({
  name,
  label: fieldLabel,
  qualified = false,
  required = false,
}: {
  label: Bilingual
  name: string
  qualified?: boolean
  required?: boolean
}): Field[] {
  const figure: Field = { name, type: 'number', label: fieldLabel, min: 0, required, validate: wholeNumber }
  if (!qualified) return [figure]
  return [
    {
      type: 'row',
      fields: [
        figure,
        {
          name: `${name}Qualifier`,
          type: 'select',
          // SQL identifiers stop at 63 characters; nested in arrays and versions, the default name runs over.
          enumName: ({ tableName }) => `enum_${tableName}_${snakeCase(name)}_q`,
          label: label(`${fieldLabel.zh}（精度）`, `${fieldLabel.en}: precision`),
          defaultValue: 'exact',
          options: QUALIFIER_OPTIONS,
        },
      ],
    },
  ]
}
