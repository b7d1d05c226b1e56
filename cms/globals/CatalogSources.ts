import type { Field, GlobalConfig, TextFieldSingleValidation } from 'payload'

import { admins } from '../access/admins'
import { catalog } from '../access/catalog'
import { GROUPS } from '../collections/groups'
import { AVAILABILITY_SOURCE_KINDS, CATALOG_IMPORT_MODES, CATALOG_SOURCE_KINDS } from '../fields/choices'
import { inLanguageOf, label } from '../fields/labels'
import { options } from '../fields/options'

const absoluteFolder: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if ((siblingData as { kind?: string }).kind !== 'folder') return true
  if (typeof value === 'string' && value.startsWith('/')) return true
  return inLanguageOf(req, {
    en: 'Give the folder’s full path on the server, e.g. /srv/exports/catalog.',
    zh: '请填写服务器上文件夹的完整路径，例如 /srv/exports/catalog。',
  })
}

const webAddress =
  (kind: string): TextFieldSingleValidation =>
  (value, { req, siblingData }) => {
    if ((siblingData as { kind?: string }).kind !== kind) return true
    try {
      const url = new URL(String(value ?? ''))
      if (url.protocol === 'http:' || url.protocol === 'https:') return true
    } catch {
      // not an address at all
    }
    return inLanguageOf(req, { en: 'Give an http:// or https:// address.', zh: '请填写以 http:// 或 https:// 开头的网址。' })
  }

const shownFor = (...kinds: string[]) => ({ condition: (_: unknown, siblingData: { kind?: string }) => kinds.includes(siblingData?.kind ?? '') })

const minutes = (name: string, fieldLabel: ReturnType<typeof label>, defaultValue: number): Field => ({
  name,
  type: 'number',
  label: fieldLabel,
  defaultValue,
  min: 1,
  max: 7 * 24 * 60,
  required: true,
  admin: shownFor('folder', 'url', 'sru'),
})

/**
 * Where the catalog follows the library system by itself, checked by the jobs runner inside
 * `npm start` (cms/catalog/catalogSources.ts): its export (a folder, an address, or an SRU
 * server to harvest), and the copies' status on a shorter schedule. Admins set it up; the
 * catalog's staff read it. Each update found is an import like an upload, in the same history.
 */
export const CatalogSources: GlobalConfig = {
  slug: 'catalog-sources',
  label: label('目录自动更新', 'Catalog updates'),
  access: { read: catalog, update: admins },
  admin: {
    description: label(
      '设置后，系统按计划自动检查图书馆系统的导出并导入，记录见“目录导入记录”。只有管理员可以修改。',
      'Once set, the catalog checks the library system’s export on schedule and imports it; each import is listed under “Catalog imports”. Only admins can change this.',
    ),
    group: GROUPS.catalog,
  },
  fields: [
    {
      name: 'export',
      type: 'group',
      label: label('书目数据', 'Records'),
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('来源', 'Source'),
          defaultValue: 'none',
          options: options(CATALOG_SOURCE_KINDS, {
            folder: label('服务器上的文件夹（每晚导出的文件）', 'A folder on the server (the nightly export)'),
            none: label('不自动更新', 'None: imports are uploaded by hand'),
            sru: label('SRU 服务器（采集）', 'An SRU server (harvested)'),
            url: label('网址（HTTP/HTTPS）', 'An address (HTTP/HTTPS)'),
          }),
          required: true,
        },
        { name: 'folder', type: 'text', label: label('文件夹', 'Folder'), admin: shownFor('folder'), validate: absoluteFolder },
        { name: 'url', type: 'text', label: label('网址', 'Address'), admin: shownFor('url'), validate: webAddress('url') },
        { name: 'sruUrl', type: 'text', label: label('SRU 地址', 'SRU address'), admin: shownFor('sru'), validate: webAddress('sru') },
        {
          name: 'sruQuery',
          type: 'text',
          label: label('完整采集的 CQL 查询', 'CQL query of a full harvest'),
          defaultValue: 'cql.allRecords=1',
          admin: shownFor('sru'),
        },
        {
          name: 'sruSinceQuery',
          type: 'text',
          label: label('增量采集的 CQL 查询（可选）', 'CQL query of what changed (optional)'),
          admin: {
            ...shownFor('sru'),
            description: label(
              '例如 rec.lastModificationDate>={sinceDigits}；{since} 替换为上次成功采集的日期（2026-12-07），{sinceDigits} 替换为不带连字符的日期（20261207）。留空则每次完整采集。',
              'E.g. rec.lastModificationDate>={sinceDigits}; {since} becomes the day of the last successful harvest (2026-12-07), {sinceDigits} the same without hyphens (20261207). Empty: every harvest is full.',
            ),
          },
        },
        {
          name: 'mode',
          type: 'select',
          label: label('导入方式', 'Mode'),
          defaultValue: 'full',
          options: options(CATALOG_IMPORT_MODES, { full: label('完整导入', 'Full'), incremental: label('增量导入', 'Incremental') }),
          required: true,
          admin: shownFor('folder', 'url'),
        },
        minutes('everyMinutes', label('检查间隔（分钟）', 'Check every (minutes)'), 60),
      ],
    },
    {
      name: 'availability',
      type: 'group',
      label: label('馆藏状态（在架、借出）', 'Copies’ status (on shelf, on loan)'),
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('来源', 'Source'),
          defaultValue: 'none',
          options: options(AVAILABILITY_SOURCE_KINDS, {
            folder: label('服务器上的文件夹', 'A folder on the server'),
            none: label('不自动更新', 'None'),
            url: label('网址（HTTP/HTTPS）', 'An address (HTTP/HTTPS)'),
          }),
          required: true,
        },
        { name: 'folder', type: 'text', label: label('文件夹', 'Folder'), admin: shownFor('folder'), validate: absoluteFolder },
        { name: 'url', type: 'text', label: label('网址', 'Address'), admin: shownFor('url'), validate: webAddress('url') },
        minutes('everyMinutes', label('检查间隔（分钟）', 'Check every (minutes)'), 5),
      ],
    },
  ],
}
