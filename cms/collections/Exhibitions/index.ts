import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { count } from '../../fields/count'
import { dateRange } from '../../fields/dateRange'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

export const Exhibitions: CollectionConfig = {
  slug: 'exhibitions',
  labels: { plural: label('展览', 'Exhibitions'), singular: label('展览', 'Exhibition') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['title', 'startDate', 'endDate', 'visitors', '_status'],
    group: GROUPS.events,
    useAsTitle: 'title',
  },
  defaultSort: 'startDate',
  versions: DRAFTS,
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), localized: true, validate: chineseRequiredText },
    {
      name: 'organisers',
      type: 'text',
      hasMany: true,
      label: label('主办单位', 'Organisers'),
      localized: true,
    },
    dateRange(),
    { name: 'venue', type: 'text', label: label('地点', 'Venue'), localized: true },
    ...count({ name: 'worksSubmitted', label: label('征集作品数', 'Works submitted'), qualified: true }),
    ...count({ name: 'worksShown', label: label('展出作品数', 'Works shown'), qualified: true }),
    ...count({ name: 'visitors', label: label('参观人次', 'Visitors'), qualified: true }),
    { name: 'description', type: 'richText', label: label('介绍', 'Description'), localized: true },
    { name: 'images', type: 'upload', hasMany: true, label: label('图片', 'Images'), relationTo: 'media' },
    slug({ dateField: 'startDate' }),
    editorNote(),
  ],
}
