import type { CollectionConfig, Field } from 'payload'

import { catalog } from '../../access/catalog'
import { CATALOG_IMPORT_MODES } from '../../fields/choices'
import { label } from '../../fields/labels'
import { options } from '../../fields/options'
import { GROUPS } from '../groups'
import { cancelImport } from './endpoints/cancelImport'
import { catalogStatus } from './endpoints/catalogStatus'
import { confirmImport } from './endpoints/confirmImport'
import { importReport } from './endpoints/importReport'
import { uploadExport } from './endpoints/uploadExport'
import { IMPORT_STAGE_OPTIONS } from './stages'
import { IMPORT_SOURCE_OPTIONS, IMPORT_STATUS_OPTIONS } from './statuses'

const nobody = () => false

const time = (name: string, fieldLabel: ReturnType<typeof label>): Field => ({
  name,
  type: 'date',
  label: fieldLabel,
  admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm:ss', pickerAppearance: 'dayAndTime' } },
})

const figure = (name: string, fieldLabel: ReturnType<typeof label>): Field => ({ name, type: 'number', label: fieldLabel })

/**
 * The catalog's imports, each from its request to its end: who asked, which file, how far it got
 * and what it changed, with the records it skipped. Written by the importer only
 * (cms/catalog/catalogImporter.ts); staff who run the catalog read them and act on them through
 * the endpoints (upload, confirm, cancel, report).
 */
export const CatalogImports: CollectionConfig = {
  slug: 'catalog-imports',
  labels: { plural: label('目录导入记录', 'Catalog imports'), singular: label('目录导入', 'Catalog import') },
  access: { create: nobody, delete: nobody, read: catalog, update: nobody },
  admin: {
    defaultColumns: ['requestedAt', 'status', 'source', 'fileName', 'mode', 'startedBy', 'imported', 'skipped', 'durationMs'],
    description: label(
      '在仪表盘的“馆藏目录”中上传书目数据并导入。导入完成前，公共网站继续使用原有目录；导入失败或取消时，原有目录保持不变。',
      'Upload an export under "Catalog" on the dashboard. The public site keeps the previous catalog until an import is complete; a failed or cancelled import leaves it as it was.',
    ),
    group: GROUPS.catalog,
    useAsTitle: 'fileName',
  },
  defaultSort: '-requestedAt',
  endpoints: [uploadExport, catalogStatus, confirmImport, cancelImport, importReport],
  fields: [
    { name: 'status', type: 'select', label: label('状态', 'Status'), index: true, options: IMPORT_STATUS_OPTIONS, required: true },
    {
      name: 'source',
      type: 'select',
      label: label('来源', 'Source'),
      options: IMPORT_SOURCE_OPTIONS,
      required: true,
    },
    {
      name: 'mode',
      type: 'select',
      label: label('方式', 'Mode'),
      options: options(CATALOG_IMPORT_MODES, { full: label('完整导入', 'Full'), incremental: label('增量导入', 'Incremental') }),
      required: true,
    },
    { name: 'fileName', type: 'text', label: label('文件', 'File') },
    figure('bytes', label('文件大小（字节）', 'Size (bytes)')),
    { name: 'startedBy', type: 'relationship', label: label('操作人', 'By'), relationTo: 'users' },
    time('requestedAt', label('提交时间', 'Requested')),
    time('startedAt', label('开始时间', 'Started')),
    time('finishedAt', label('结束时间', 'Finished')),
    figure('durationMs', label('用时（毫秒）', 'Duration (ms)')),
    { name: 'stage', type: 'select', label: label('阶段', 'Stage'), options: IMPORT_STAGE_OPTIONS, admin: { condition: (data) => data?.status === 'running' } },
    figure('read', label('已读取', 'Read')),
    figure('skipped', label('已跳过', 'Skipped')),
    figure('imported', label('导入书目', 'Imported')),
    {
      type: 'row',
      fields: [
        figure('added', label('新增', 'New')),
        figure('updated', label('更新', 'Updated')),
        figure('unchanged', label('未变', 'Unchanged')),
        figure('removed', label('删除', 'Removed')),
        figure('warned', label('有警告', 'With warnings')),
        figure('duplicates', label('重复', 'Found twice')),
      ],
    },
    {
      name: 'removal',
      type: 'group',
      label: label('待确认的删除', 'Removal to confirm'),
      admin: { condition: (data) => Boolean(data?.removal?.removed) },
      fields: [
        figure('before', label('目录现有书目', 'Records in the catalog')),
        figure('removed', label('将删除', 'Would remove')),
        { name: 'confirmedBy', type: 'relationship', label: label('确认人', 'Confirmed by'), relationTo: 'users' },
      ],
    },
    { name: 'error', type: 'textarea', label: label('失败原因', 'What went wrong'), admin: { condition: (data) => Boolean(data?.error) } },
    {
      name: 'skippedRecords',
      type: 'textarea',
      label: label('跳过的记录（前 50 条）', 'Skipped records (first 50)'),
      admin: { condition: (data) => Boolean(data?.skippedRecords), rows: 10 },
    },
    {
      name: 'report',
      type: 'ui',
      label: label('导入报告', 'Import report'),
      admin: { components: { Field: '/components/CatalogImportActions#CatalogImportActions' } },
    },
    // A plain textarea: the code field's editor would load from a CDN that library networks often block.
    { name: 'log', type: 'textarea', label: label('导入日志（末尾）', 'Import log (end)'), admin: { rows: 12 } },
  ],
}
