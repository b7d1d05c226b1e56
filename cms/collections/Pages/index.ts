import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

/** Standing pages: about the library, services, reading rooms, departments. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { plural: label('页面', 'Pages'), singular: label('页面', 'Page') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['title', 'slug', '_status'],
    group: GROUPS.content,
    useAsTitle: 'title',
  },
  versions: DRAFTS,
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), localized: true, validate: chineseRequiredText },
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), localized: true },
    { name: 'body', type: 'richText', label: label('正文', 'Body'), localized: true },
    slug(),
    editorNote(),
  ],
}
