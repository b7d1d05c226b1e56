import type { ArrayFieldValidation, GlobalConfig } from 'payload'

import { publicGlobalAccess } from '../access/publicGlobal'
import { GROUPS } from '../collections/groups'
import { chineseRequiredText } from '../fields/chineseRequired'
import { count, QUALIFIER_OPTIONS } from '../fields/count'
import { editorNote } from '../fields/editorNote'
import { inLanguageOf, label } from '../fields/labels'

const oneRowPerYear: ArrayFieldValidation = (rows, { req }) => {
  const years = (Array.isArray(rows) ? rows : []).map((row) => (row as { year?: number }).year)
  const repeated = years.find((year, index) => year !== undefined && years.indexOf(year) !== index)
  if (repeated === undefined) return true
  return inLanguageOf(req, { en: `The year ${repeated} appears twice.`, zh: `${repeated} 年出现了两次。` })
}

/** The library's figures, one row per year. */
export const Statistics: GlobalConfig = {
  slug: 'statistics',
  label: label('年度统计', 'Yearly statistics'),
  access: publicGlobalAccess,
  admin: { group: GROUPS.library },
  versions: { drafts: { schedulePublish: true }, max: 50 },
  fields: [
    {
      name: 'years',
      type: 'array',
      label: label('年度', 'Years'),
      labels: { plural: label('年度', 'Years'), singular: label('年度', 'Year') },
      validate: oneRowPerYear,
      admin: { initCollapsed: true },
      fields: [
        { name: 'year', type: 'number', label: label('年份', 'Year'), min: 1930, max: 2200, required: true },
        ...count({ name: 'visits', label: label('进馆人次', 'Visits'), qualified: true }),
        ...count({ name: 'loans', label: label('外借册次', 'Loans'), qualified: true }),
        ...count({ name: 'booksBought', label: label('购书册数', 'Books bought'), qualified: true }),
        {
          type: 'row',
          fields: [
            ...count({ name: 'periodicalTitles', label: label('订购报刊种数', 'Periodical titles') }),
            ...count({ name: 'periodicalCopies', label: label('订购报刊份数', 'Periodical copies') }),
          ],
        },
        ...count({ name: 'newReaderCards', label: label('新办读者证', 'New reader cards'), qualified: true }),
        ...count({
          name: 'activityParticipants',
          label: label('读者活动参与人次', 'Activity participants'),
          qualified: true,
        }),
        ...count({ name: 'holdings', label: label('年末馆藏（册）', 'Holdings at year end'), qualified: true }),
        {
          name: 'otherFigures',
          type: 'array',
          label: label('其他数据', 'Other figures'),
          labels: { plural: label('数据', 'Figures'), singular: label('数据', 'Figure') },
          fields: [
            { name: 'label', type: 'text', label: label('项目', 'What'), localized: true, validate: chineseRequiredText },
            {
              type: 'row',
              fields: [
                ...count({ name: 'value', label: label('数值', 'Value'), required: true }),
                {
                  name: 'qualifier',
                  type: 'select',
                  label: label('精度', 'Precision'),
                  defaultValue: 'exact',
                  options: QUALIFIER_OPTIONS,
                  required: true,
                },
                { name: 'unit', type: 'text', label: label('单位', 'Unit'), localized: true },
              ],
            },
          ],
        },
        editorNote({ inSidebar: false }),
      ],
    },
  ],
}
