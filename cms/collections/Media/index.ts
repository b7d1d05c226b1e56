import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { staff } from '../../access/staff'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { label } from '../../fields/labels'
import { mediaDir } from '../../env'
import { GROUPS } from '../groups'
import { refuseOversizedUpload } from './hooks/refuseOversizedUpload'

/** Image types staff may upload. SVG is left out: it can carry scripts. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { plural: label('图片', 'Media'), singular: label('图片', 'Image') },
  access: { create: staff, delete: staff, read: anyone, update: staff },
  admin: { group: GROUPS.content, useAsTitle: 'alt' },
  hooks: { beforeOperation: [refuseOversizedUpload] },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', height: 300, width: 400 },
      { name: 'card', width: 800, withoutEnlargement: true },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
    mimeTypes: IMAGE_MIME_TYPES,
    staticDir: mediaDir(),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('替代文字', 'Alt text'),
      localized: true,
      validate: chineseRequiredText,
      admin: {
        description: label(
          '为看不到图片的读者描述图片内容（读屏软件会朗读）。中文必填。',
          'Describes the image for readers who cannot see it (read out by screen readers). Chinese required.',
        ),
      },
    },
    { name: 'caption', type: 'text', label: label('图片说明', 'Caption'), localized: true },
  ],
}
