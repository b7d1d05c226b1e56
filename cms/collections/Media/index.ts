import type { CollectionConfig } from 'payload'

import { cmsOnly } from '../../access/cmsOnly'
import { publicMediaOrStaff } from '../../access/publicMediaOrStaff'
import { staff, staffField } from '../../access/staff'
import { chineseRequiredText } from '../../fields/chineseRequired'
import { label } from '../../fields/labels'
import { mediaDir } from '../../../shared/settings'
import { GROUPS } from '../groups'
import { refuseOversizedUpload } from './hooks/refuseOversizedUpload'

/** Image types staff may upload. SVG is left out: it can carry scripts. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { plural: label('图片', 'Media'), singular: label('图片', 'Image') },
  access: { create: staff, delete: staff, read: publicMediaOrStaff, update: staff },
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
    {
      name: 'public',
      type: 'checkbox',
      label: label('公开', 'Public'),
      defaultValue: false,
      admin: {
        description: label(
          '勾选后任何人都可以查看此图片。不勾选时，图片在使用它的内容发布后才公开，之前只有工作人员可见。',
          'Anyone may see this image. Unticked, it becomes public once content that uses it is published; until then only staff see it.',
        ),
        position: 'sidebar',
      },
    },
    {
      name: 'usedByPublished',
      type: 'checkbox',
      label: label('已发布的内容在使用', 'Used by published content'),
      access: { create: cmsOnly, update: cmsOnly },
      admin: {
        description: label('由系统自动维护：已发布的内容用到此图片时，图片对公众可见。', 'Kept by the CMS: while published content shows this image, the public can see it.'),
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: 'usedBy',
      type: 'text',
      hasMany: true,
      label: label('使用此图片的已发布内容', 'Published content showing it'),
      access: { create: cmsOnly, read: staffField, update: cmsOnly },
      admin: { hidden: true },
    },
  ],
}
