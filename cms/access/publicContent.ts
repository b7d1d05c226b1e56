import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { staff } from './staff'

/** Content the public reads once it is published; staff write it. */
export const publicContentAccess: CollectionConfig['access'] = {
  create: staff,
  delete: staff,
  read: publishedOrStaff,
  readVersions: staff,
  update: staff,
}
