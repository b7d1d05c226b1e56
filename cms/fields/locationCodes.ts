import type { FieldHook, TextField, TextFieldManyValidation } from 'payload'

import { notALocationCode } from '../../catalog/normalize/holdings'
import { inLanguageOf, label } from './labels'

const trimmed: FieldHook = ({ value }) => (Array.isArray(value) ? [...new Set(value.map((code) => String(code).trim()).filter((code) => code !== ''))] : value)

/** Each code one the catalog can read, and none that another service point already has. */
const validCodes: TextFieldManyValidation = async (value, { id, req }) => {
  const codes = (value ?? []).map(String)
  for (const code of codes) {
    const problem = notALocationCode(code)
    if (problem !== undefined) {
      return inLanguageOf(req, {
        en: `"${code}" cannot be a location code (${problem}): type each code as the library system exports it, one per entry.`,
        zh: `“${code}”不是馆藏地代码（${problem}）：请按图书馆系统导出的样子逐个填写代码。`,
      })
    }
  }
  if (codes.length === 0) return true
  const others = await req.payload.find({
    collection: 'service-points',
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    where: { and: [{ locationCodes: { in: codes } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
  })
  const other = others.docs[0]
  if (other === undefined) return true
  const taken = codes.filter((code) => other.locationCodes?.includes(code)).join(', ')
  return inLanguageOf(req, {
    en: `${taken} already belongs to the service point "${other.name ?? other.slug}": a code names one place.`,
    zh: `${taken} 已对应服务网点“${other.name ?? other.slug}”：一个代码只能对应一个地点。`,
  })
}

/**
 * The location codes the library system's exports give the copies kept at a service point
 * (852$b, 905$a): the catalog then shows the copies under its name, address and hours. A code
 * of the catalog that no service point lists is shown as it is, and listed on the dashboard.
 */
export function locationCodes(): TextField {
  return {
    name: 'locationCodes',
    type: 'text',
    hasMany: true,
    label: label('馆藏地代码', 'Location codes'),
    index: true,
    validate: validCodes,
    admin: {
      description: label(
        '图书馆系统导出数据中表示本网点馆藏的代码（如 852$b、905$a），可填多个；馆藏目录按此显示网点名称、地址和开放时间。',
        'The codes the library system exports for copies kept here (852$b, 905$a), one or more: the catalog then shows this place by name, address and hours.',
      ),
      position: 'sidebar',
    },
    hooks: { beforeValidate: [trimmed] },
    // Codes, as the library system writes them: no free text, which tests that fill every text field skip.
    custom: { freeText: false },
  }
}
