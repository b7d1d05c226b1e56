import type { CollectionConfig } from 'payload'

import { staff } from '../../access/staff'
import { label } from '../../fields/labels'
import { GROUPS } from '../groups'
import { CHANGE_ACTIONS } from './actions'
import { rebuildNow } from './endpoints/rebuildNow'
import { siteStatus } from './endpoints/siteStatus'

const nobody = () => false

export const BUILD_STATUSES = [
  { label: label('构建中', 'Building'), value: 'running' },
  { label: label('已上线', 'Live'), value: 'succeeded' },
  { label: label('失败', 'Failed'), value: 'failed' },
  { label: label('被中断', 'Interrupted'), value: 'interrupted' },
]

/**
 * The public site's builds, written by the site builder only: when each ran, what changed, and
 * how it ended, with the end of its output. Staff read them; nobody edits them.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { plural: label('网站构建记录', 'Site builds'), singular: label('网站构建', 'Site build') },
  access: { create: nobody, delete: nobody, read: staff, update: nobody },
  admin: {
    defaultColumns: ['startedAt', 'status', 'trigger', 'durationMs', 'pages', 'error'],
    description: label(
      '内容发布后，公共网站会自动重新构建。构建通过检查后才会上线；失败的构建不会影响正在运行的网站。',
      'The public site is rebuilt automatically when content is published. A build goes live only after passing its checks; a failed build leaves the live site as it was.',
    ),
    group: GROUPS.system,
    useAsTitle: 'startedAt',
  },
  defaultSort: '-startedAt',
  endpoints: [rebuildNow, siteStatus],
  fields: [
    { name: 'status', type: 'select', label: label('状态', 'Status'), index: true, options: BUILD_STATUSES, required: true },
    {
      name: 'trigger',
      type: 'select',
      label: label('起因', 'Trigger'),
      options: [
        { label: label('内容变更', 'Content change'), value: 'content' },
        { label: label('手动重建', 'Rebuild now'), value: 'rebuild' },
        { label: label('服务启动', 'Start-up'), value: 'startup' },
      ],
      required: true,
    },
    { name: 'startedAt', type: 'date', label: label('开始时间', 'Started'), index: true, required: true, admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm:ss', pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: label('结束时间', 'Finished'), admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm:ss', pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: label('用时（毫秒）', 'Duration (ms)') },
    { name: 'pages', type: 'number', label: label('页面数', 'Pages') },
    { name: 'release', type: 'text', label: label('版本', 'Release') },
    {
      name: 'changes',
      type: 'array',
      label: label('变更内容', 'What changed'),
      labels: { plural: label('变更', 'Changes'), singular: label('变更', 'Change') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'action', type: 'select', label: label('操作', 'Action'), options: CHANGE_ACTIONS },
            { name: 'source', type: 'text', label: label('类型', 'Collection') },
            { name: 'documentId', type: 'text', label: label('编号', 'ID') },
            { name: 'title', type: 'text', label: label('标题', 'Title') },
            { name: 'user', type: 'text', label: label('操作人', 'By') },
          ],
        },
      ],
    },
    { name: 'error', type: 'textarea', label: label('失败原因', 'What went wrong') },
    // A plain textarea: the code field's editor would load from a CDN that library networks often block.
    { name: 'log', type: 'textarea', label: label('构建日志（末尾）', 'Build log (end)'), admin: { className: 'site-build-log', rows: 20 } },
  ],
}
