import type { Access, FieldAccess } from 'payload'

import { hasStaffRole } from './roles'

/** Admins and editors. */
export const staff: Access = ({ req: { user } }) => hasStaffRole(user)

/** Admins and editors, for a field. */
export const staffField: FieldAccess = ({ req: { user } }) => hasStaffRole(user)
