import type { ArrayFieldValidation, GlobalConfig } from 'payload'

import { publicGlobalAccess } from '../access/publicGlobal'
import { GROUPS } from '../collections/groups'
import { chineseRequiredText } from '../fields/chineseRequired'
import { HOLIDAY_RULES, WEEKDAYS } from '../fields/choices'
import { dateRange } from '../fields/dateRange'
import { inLanguageOf, label } from '../fields/labels'
import { options } from '../fields/options'
import { timeOfDay } from '../fields/timeOfDay'

const WEEKDAY_OPTIONS = options(WEEKDAYS, {
  fri: label('周五', 'Friday'),
  mon: label('周一', 'Monday'),
  sat: label('周六', 'Saturday'),
  sun: label('周日', 'Sunday'),
  thu: label('周四', 'Thursday'),
  tue: label('周二', 'Tuesday'),
  wed: label('周三', 'Wednesday'),
})

const HOLIDAY_RULE_OPTIONS = options(HOLIDAY_RULES, {
  closed: label('闭馆', 'Closed'),
  open: label('照常开放', 'Open as usual'),
})

type Period = { closes?: string | null; opens?: string | null }

/** Every period of a schedule closes after it opens. */
const closesAfterOpening: ArrayFieldValidation = (rows, { req }) => {
  const periods = (Array.isArray(rows) ? rows : []) as Period[]
  const bad = periods.findIndex((p) => p.opens && p.closes && p.closes <= p.opens)
  if (bad === -1) return true
  return inLanguageOf(req, {
    en: `Row ${bad + 1}: the closing time is not after the opening time.`,
    zh: `第 ${bad + 1} 行：闭馆时间应晚于开馆时间。`,
  })
}

/**
 * When the library and its rooms are open: a weekly schedule per service point or room, the
 * public-holiday rule, and dated exceptions (closures or changed hours), each with a reason.
 * Times are Beijing time.
 */
export const OpeningHours: GlobalConfig = {
  slug: 'opening-hours',
  label: label('开放时间', 'Opening hours'),
  access: publicGlobalAccess,
  admin: {
    description: label(
      '所有时间均为北京时间。未勾选“已确认”的时间是占位值，网站会标注“待确认”。',
      'All times are Beijing time. Times not marked "confirmed" are placeholders and the site labels them as unconfirmed.',
    ),
    group: GROUPS.library,
  },
  versions: { drafts: { schedulePublish: true }, max: 50 },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'holidayRule',
          type: 'select',
          label: label('法定节假日', 'Public holidays'),
          defaultValue: 'open',
          options: HOLIDAY_RULE_OPTIONS,
          required: true,
        },
        { name: 'holidayNote', type: 'text', label: label('说明', 'Note'), localized: true },
      ],
    },
    {
      name: 'schedules',
      type: 'array',
      label: label('每周开放时间', 'Weekly schedules'),
      labels: { plural: label('开放时间表', 'Schedules'), singular: label('开放时间表', 'Schedule') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: label('名称', 'Name'), localized: true, validate: chineseRequiredText },
            {
              name: 'servicePoint',
              type: 'relationship',
              label: label('服务网点', 'Service point'),
              relationTo: 'service-points',
            },
            { name: 'room', type: 'text', label: label('阅览室（可选）', 'Room (optional)'), localized: true },
          ],
        },
        {
          name: 'timesConfirmed',
          type: 'checkbox',
          label: label('时间已由工作人员确认', 'Times confirmed by staff'),
          defaultValue: false,
          admin: {
            description: label(
              '未勾选时，网站将这些时间标为“待确认”。核实后请勾选。',
              'Until this is ticked the site marks these times as unconfirmed. Tick it once checked.',
            ),
          },
        },
        {
          name: 'weekly',
          type: 'array',
          label: label('时段', 'Periods'),
          labels: { plural: label('时段', 'Periods'), singular: label('时段', 'Period') },
          admin: {
            description: label(
              '每天一行；同一天分上下午开放时写两行。没有时段的日子为闭馆。',
              'One row per day; two rows for a day with a break. A day without rows is closed.',
            ),
          },
          validate: closesAfterOpening,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'day', type: 'select', label: label('星期', 'Day'), options: WEEKDAY_OPTIONS, required: true },
                timeOfDay({ name: 'opens', label: label('开馆', 'Opens'), required: true }),
                timeOfDay({ name: 'closes', label: label('闭馆', 'Closes'), required: true }),
              ],
            },
          ],
        },
        { name: 'note', type: 'text', label: label('备注', 'Note'), localized: true },
      ],
    },
    {
      name: 'exceptions',
      type: 'array',
      label: label('特殊安排（闭馆或调整时间）', 'Exceptions (closures or changed hours)'),
      labels: { plural: label('特殊安排', 'Exceptions'), singular: label('特殊安排', 'Exception') },
      validate: closesAfterOpening,
      fields: [
        dateRange(),
        {
          name: 'closed',
          type: 'checkbox',
          label: label('全天闭馆', 'Closed all day'),
          defaultValue: true,
        },
        {
          type: 'row',
          admin: { condition: (_, siblingData) => !siblingData?.closed },
          fields: [
            timeOfDay({ name: 'opens', label: label('开馆', 'Opens') }),
            timeOfDay({ name: 'closes', label: label('闭馆', 'Closes') }),
          ],
        },
        { name: 'reason', type: 'text', label: label('原因', 'Reason'), localized: true, validate: chineseRequiredText },
        {
          name: 'servicePoint',
          type: 'relationship',
          label: label('服务网点（留空表示全部）', 'Service point (empty: all)'),
          relationTo: 'service-points',
        },
      ],
    },
  ],
}
