import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { CHRONICLE_RELATED } from '../../fields/choices'
import { dateRange } from '../../fields/dateRange'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

/** 大事记: the year's notable events, in order. */
export const Chronicle: CollectionConfig = {
  slug: 'chronicle',
  labels: { plural: label('大事记', 'Chronicle'), singular: label('大事记条目', 'Chronicle entry') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['title', 'startDate', 'endDate', '_status'],
    group: GROUPS.content,
    useAsTitle: 'title',
  },
  defaultSort: 'startDate',
  versions: DRAFTS,
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), localized: true, validate: chineseRequiredText },
    dateRange(),
    { name: 'body', type: 'richText', label: label('内容', 'Body'), localized: true },
    {
      name: 'relatedItems',
      type: 'relationship',
      hasMany: true,
      label: label('相关条目', 'Related items'),
      relationTo: [...CHRONICLE_RELATED],
    },
    slug({ dateField: 'startDate' }),
    editorNote(),
  ],
}
