import type { Access } from 'payload'

import { hasStaffRole } from './roles'

/** Staff read drafts; everybody else reads what is published. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasStaffRole(user)) return true
  return { _status: { equals: 'published' } }
}
