import type { GlobalConfig } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { staff } from './staff'

/** A global the public reads once it is published; staff edit it. */
export const publicGlobalAccess: GlobalConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staff,
  update: staff,
}
