import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { count } from '../../fields/count'
import { dateRange } from '../../fields/dateRange'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

export const Lectures: CollectionConfig = {
  slug: 'lectures',
  labels: { plural: label('讲座培训', 'Lectures'), singular: label('讲座培训', 'Lecture') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['topic', 'startDate', 'endDate', 'attendance', '_status'],
    group: GROUPS.events,
    useAsTitle: 'topic',
  },
  defaultSort: 'startDate',
  versions: DRAFTS,
  fields: [
    { name: 'topic', type: 'text', label: label('主题', 'Topic'), localized: true, validate: chineseRequiredText },
    { name: 'speaker', type: 'text', label: label('主讲人或主办方', 'Speaker or organiser'), localized: true },
    { name: 'venue', type: 'text', label: label('地点', 'Venue'), localized: true },
    dateRange(),
    ...count({ name: 'attendance', label: label('参加人次', 'Attendance') }),
    {
      name: 'note',
      type: 'text',
      label: label('备注', 'Note'),
      localized: true,
      admin: { description: label('例如“每天约50人”。', 'For example "about 50 a day".') },
    },
    { name: 'audience', type: 'text', label: label('对象', 'Audience'), localized: true },
    slug({ dateField: 'startDate', titleField: 'topic' }),
    editorNote(),
  ],
}
