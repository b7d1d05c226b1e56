import type { Access } from 'payload'

import { hasAdminRole } from './roles'

/** Admins see every account; other staff only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasAdminRole(user)) return true
  return { id: { equals: user.id } }
}
