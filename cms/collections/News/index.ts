import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { NEWS_CATEGORIES } from '../../fields/choices'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { options } from '../../fields/options'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'
import { stampPublishedAt } from './hooks/stampPublishedAt'

const CATEGORY_OPTIONS = options(NEWS_CATEGORIES, {
  announcement: label('通知公告', 'Announcement'),
  news: label('新闻动态', 'News'),
})

export const News: CollectionConfig = {
  slug: 'news',
  labels: { plural: label('新闻公告', 'News'), singular: label('新闻公告', 'News item') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['title', 'category', 'publishedAt', 'pinned', '_status'],
    group: GROUPS.content,
    useAsTitle: 'title',
  },
  defaultSort: '-publishedAt',
  versions: DRAFTS,
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('标题', 'Title'),
      localized: true,
      validate: chineseRequiredText,
      admin: { description: label('中文必填，英文可选。', 'Chinese required, English optional.') },
    },
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), localized: true },
    { name: 'body', type: 'richText', label: label('正文', 'Body'), localized: true },
    { name: 'cover', type: 'upload', label: label('封面图片', 'Cover image'), relationTo: 'media' },
    {
      name: 'category',
      type: 'select',
      label: label('类别', 'Category'),
      defaultValue: 'news',
      options: CATEGORY_OPTIONS,
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: label('发布时间', 'Published at'),
      index: true,
      admin: {
        date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' },
        description: label('首次发布时自动填写。', 'Filled in on first publication.'),
        position: 'sidebar',
      },
      hooks: { beforeChange: [stampPublishedAt] },
    },
    {
      name: 'pinned',
      type: 'checkbox',
      label: label('置顶', 'Pinned'),
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    slug(),
    editorNote(),
  ],
}
