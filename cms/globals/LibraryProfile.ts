import type { GlobalConfig } from 'payload'

import { publicGlobalAccess } from '../access/publicGlobal'
import { calendarDate } from '../fields/calendarDate'
import { chineseRequiredText } from '../fields/chineseRequired'
import { count } from '../fields/count'
import { editorNote } from '../fields/editorNote'
import { label } from '../fields/labels'
import { GROUPS } from '../collections/groups'

const year = (name: string, fieldLabel: ReturnType<typeof label>) =>
  ({ name, type: 'number', label: fieldLabel, min: 1800, max: 2200, admin: { width: '25%' } }) as const

const localizedText = (name: string, fieldLabel: ReturnType<typeof label>) =>
  ({ name, type: 'text', label: fieldLabel, localized: true }) as const

export const LibraryProfile: GlobalConfig = {
  slug: 'library-profile',
  label: label('图书馆概况', 'Library profile'),
  access: publicGlobalAccess,
  admin: { group: GROUPS.library },
  versions: { drafts: { schedulePublish: true }, max: 50 },
  fields: [
    { name: 'name', type: 'text', label: label('馆名', 'Name'), localized: true, validate: chineseRequiredText },
    {
      type: 'row',
      fields: [
        year('founded', label('建馆年份', 'Founded')),
        year('buildingOpened', label('现馆舍启用年份', 'Building opened')),
        year('renovated', label('装修改造年份', 'Renovated')),
        {
          name: 'freeAdmissionSince',
          type: 'text',
          label: label('免费开放起始（年-月）', 'Free admission since (year-month)'),
          admin: { placeholder: '2011-12', width: '25%' },
          validate: (value: string | null | undefined) =>
            !value || /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || 'YYYY-MM',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        ...count({ name: 'floorArea', label: label('建筑面积（平方米）', 'Floor area (m²)') }),
        ...count({ name: 'readingRooms', label: label('阅览室数量', 'Reading rooms') }),
      ],
    },
    {
      name: 'holdings',
      type: 'group',
      label: label('馆藏', 'Holdings'),
      fields: [
        {
          type: 'row',
          fields: [
            ...count({ name: 'total', label: label('馆藏总量（册）', 'Total (volumes)') }),
            ...count({
              name: 'inBranchesAndVillageBookshops',
              label: label('其中分馆与农家书屋（册）', 'Of which in branches and village bookshops'),
            }),
            ...count({ name: 'periodicalsAndNewspapers', label: label('其中报刊（册）', 'Of which periodicals and newspapers') }),
          ],
        },
        calendarDate({ name: 'asOf', label: label('统计截止日期', 'As of') }),
      ],
    },
    localizedText('parentBody', label('主管单位', 'Parent body')),
    localizedText('unitType', label('单位性质', 'Type of institution')),
    localizedText('servicePhilosophy', label('服务理念', 'Service philosophy')),
    {
      name: 'location',
      type: 'textarea',
      label: label('位置', 'Location'),
      localized: true,
      admin: { description: label('所在位置及周边。', 'Where the library stands and what is nearby.') },
    },
    {
      name: 'contact',
      type: 'group',
      label: label('联系方式', 'Contact'),
      admin: {
        description: label(
          '资料中没有门牌地址和电话：请工作人员核实后填写。',
          'The source gives no street address or telephone: staff, please fill them in once confirmed.',
        ),
      },
      fields: [
        localizedText('streetAddress', label('门牌地址', 'Street address')),
        { name: 'phone', type: 'text', label: label('电话', 'Telephone') },
        { name: 'email', type: 'email', label: label('电子邮箱', 'Email') },
      ],
    },
    {
      name: 'departments',
      type: 'array',
      label: label('内设部室', 'Departments'),
      labels: { plural: label('部室', 'Departments'), singular: label('部室', 'Department') },
      fields: [
        { name: 'name', type: 'text', label: label('名称', 'Name'), localized: true, validate: chineseRequiredText },
        { name: 'description', type: 'text', label: label('职能', 'What it does'), localized: true },
      ],
    },
    {
      name: 'staff',
      type: 'group',
      label: label('人员编制', 'Staff'),
      fields: [
        {
          type: 'row',
          fields: [
            ...count({ name: 'total', label: label('在编人员', 'Total') }),
            ...count({ name: 'management', label: label('管理人员', 'Management') }),
            ...count({ name: 'professional', label: label('专业技术人员', 'Professional') }),
          ],
        },
        {
          type: 'row',
          fields: [
            ...count({ name: 'professionalIntermediate', label: label('其中中级', 'Intermediate title') }),
            ...count({ name: 'professionalJunior', label: label('其中初级', 'Junior title') }),
            ...count({ name: 'seniorWorkers', label: label('工勤高级', 'Senior technical workers') }),
          ],
        },
        editorNote({ inSidebar: false }),
      ],
    },
    {
      name: 'leadership',
      type: 'array',
      label: label('领导班子', 'Leadership'),
      labels: { plural: label('成员', 'Members'), singular: label('成员', 'Member') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('姓名', 'Name'), localized: true, validate: chineseRequiredText },
            { name: 'role', type: 'text', label: label('职务', 'Role'), localized: true },
          ],
        },
      ],
    },
    {
      name: 'honours',
      type: 'array',
      label: label('荣誉', 'Honours'),
      labels: { plural: label('荣誉', 'Honours'), singular: label('荣誉', 'Honour') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', label: label('称号', 'Title'), localized: true, validate: chineseRequiredText },
            year('year', label('年份', 'Year')),
          ],
        },
      ],
    },
    editorNote(),
  ],
}
