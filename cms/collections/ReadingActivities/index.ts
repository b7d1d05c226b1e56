import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { count } from '../../fields/count'
import { dateRange } from '../../fields/dateRange'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

export const ReadingActivities: CollectionConfig = {
  slug: 'reading-activities',
  labels: { plural: label('阅读推广', 'Reading activities'), singular: label('阅读推广活动', 'Reading activity') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['activity', 'audience', 'startDate', 'participants', '_status'],
    group: GROUPS.events,
    useAsTitle: 'activity',
  },
  defaultSort: 'startDate',
  versions: DRAFTS,
  fields: [
    { name: 'activity', type: 'text', label: label('活动内容', 'Activity'), localized: true, validate: chineseRequiredText },
    { name: 'audience', type: 'text', label: label('活动对象', 'Audience'), localized: true },
    dateRange(),
    ...count({ name: 'participants', label: label('参与人数', 'Participants') }),
    { name: 'outcome', type: 'text', label: label('效果', 'Outcome'), localized: true },
    { name: 'description', type: 'textarea', label: label('简介', 'Description'), localized: true },
    slug({ dateField: 'startDate', titleField: 'activity' }),
    editorNote(),
  ],
}
