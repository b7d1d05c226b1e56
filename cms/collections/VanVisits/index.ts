import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { calendarDate } from '../../fields/calendarDate'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { VAN_CATEGORIES } from '../../fields/choices'
import { count } from '../../fields/count'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { options } from '../../fields/options'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

const CATEGORY_OPTIONS = options(VAN_CATEGORIES, {
  army: label('进军营', 'Army'),
  community: label('进社区', 'Community'),
  enterprise: label('进企业', 'Enterprise'),
  family: label('进家庭', 'Family'),
  government: label('进机关', 'Government office'),
  school: label('进学校', 'School'),
  township: label('进乡镇', 'Township'),
  village: label('进村组', 'Village'),
})

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
          options: CATEGORY_OPTIONS,
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
