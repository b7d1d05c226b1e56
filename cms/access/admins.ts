import type { Access, FieldAccess } from 'payload'

import { hasAdminRole } from './roles'

export const admins: Access = ({ req: { user } }) => hasAdminRole(user)

export const adminsField: FieldAccess = ({ req: { user } }) => hasAdminRole(user)
