import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { calendarDate } from '../../fields/calendarDate'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { count } from '../../fields/count'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

/** The book van's "seven into" (七进) outreach, plus visits to townships. */
export const VAN_VISIT_CATEGORIES = [
  { label: label('进社区', 'Community'), value: 'community' },
  { label: label('进学校', 'School'), value: 'school' },
  { label: label('进机关', 'Government office'), value: 'government' },
  { label: label('进企业', 'Enterprise'), value: 'enterprise' },
  { label: label('进村组', 'Village'), value: 'village' },
  { label: label('进军营', 'Army'), value: 'army' },
  { label: label('进家庭', 'Family'), value: 'family' },
  { label: label('进乡镇', 'Township'), value: 'township' },
]

export const VanVisits: CollectionConfig = {
  slug: 'van-visits',
  labels: { plural: label('流动图书车', 'Book van visits'), singular: label('流动图书车服务', 'Book van visit') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['host', 'date', 'category', 'books', 'readers', '_status'],
    group: GROUPS.events,
    useAsTitle: 'host',
  },
  defaultSort: 'date',
  versions: DRAFTS,
  fields: [
    { name: 'host', type: 'text', label: label('服务单位', 'Host'), localized: true, validate: chineseRequiredText },
    {
      type: 'row',
      fields: [
        calendarDate({ name: 'date', label: label('日期', 'Date'), required: true }),
        {
          name: 'category',
          type: 'select',
          label: label('类别（七进）', 'Category ("seven into")'),
          options: VAN_VISIT_CATEGORIES,
          required: true,
        },
      ],
    },
    { name: 'place', type: 'text', label: label('地点', 'Place'), localized: true },
    {
      type: 'row',
      fields: [
        ...count({ name: 'books', label: label('图书册数', 'Books') }),
        ...count({ name: 'readers', label: label('流通人数', 'Readers') }),
      ],
    },
    slug({ dateField: 'date', titleField: 'host' }),
    editorNote(),
  ],
}
