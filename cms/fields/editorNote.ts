import type { Field } from 'payload'

import { label } from './labels'

/**
 * A note for staff about where a fact comes from and what was decided where the source is
 * wrong or silent. Shown beside the item in the admin.
 */
export const editorNote = ({ inSidebar = true }: { inSidebar?: boolean } = {}): Field => ({
  name: 'editorNote',
  type: 'textarea',
  label: label('编者按', "Editor's note"),
  localized: true,
  admin: {
    description: label(
      '说明资料来源中的错误、矛盾或缺失，以及录入时的处理决定。',
      'Errors, contradictions or gaps in the source, and what was decided when the item was entered.',
    ),
    position: inSidebar ? 'sidebar' : undefined,
  },
})
