import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContent'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { BORROW_ANYWHERE_STATUSES, SERVICE_POINT_KINDS } from '../../fields/choices'
import { editorNote } from '../../fields/editorNote'
import { label } from '../../fields/labels'
import { locationCodes } from '../../fields/locationCodes'
import { options } from '../../fields/options'
import { slug } from '../../fields/slug'
import { DRAFTS, GROUPS } from '../groups'

const KIND_OPTIONS = options(SERVICE_POINT_KINDS, {
  branch: label('分馆', 'Branch'),
  central: label('总馆', 'Central library'),
  'circulation-point': label('图书流通点', 'Circulation point'),
  'mobile-van': label('流动图书车', 'Mobile book van'),
  'village-bookshop': label('农家书屋', 'Village bookshop'),
})

const BORROW_ANYWHERE_OPTIONS = options(BORROW_ANYWHERE_STATUSES, {
  member: label('已加入', 'Member'),
  no: label('未加入', 'Not a member'),
  pilot: label('试点中', 'Pilot'),
})

export const ServicePoints: CollectionConfig = {
  slug: 'service-points',
  labels: { plural: label('服务网点', 'Service points'), singular: label('服务网点', 'Service point') },
  access: publicContentAccess,
  admin: {
    defaultColumns: ['name', 'kind', 'borrowAnywhereReturnAnywhere', '_status'],
    group: GROUPS.library,
    useAsTitle: 'name',
  },
  versions: DRAFTS,
  fields: [
    { name: 'name', type: 'text', label: label('名称', 'Name'), localized: true, validate: chineseRequiredText },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: label('类型', 'Kind'), options: KIND_OPTIONS, required: true },
        {
          name: 'borrowAnywhereReturnAnywhere',
          type: 'select',
          label: label('通借通还', 'Borrow anywhere, return anywhere'),
          defaultValue: 'no',
          options: BORROW_ANYWHERE_OPTIONS,
          required: true,
        },
      ],
    },
    {
      name: 'address',
      type: 'text',
      label: label('地址', 'Address'),
      localized: true,
      admin: { description: label('资料未载明的请留空，待核实后填写。', 'Leave empty until confirmed.') },
    },
    {
      name: 'hours',
      type: 'text',
      label: label('开放时间说明', 'Opening hours'),
      localized: true,
      admin: {
        description: label(
          '简短说明；总馆的每周开放时间在“开放时间”中设置。',
          'A short note; the weekly schedules are set in "Opening hours".',
        ),
      },
    },
    { name: 'description', type: 'textarea', label: label('简介', 'Description'), localized: true },
    slug({ titleField: 'name' }),
    locationCodes(),
    editorNote(),
  ],
}
