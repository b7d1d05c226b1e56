import type { Access } from 'payload'

import { hasStaffRole } from './roles'

/** Admins and editors. */
export const staff: Access = ({ req: { user } }) => hasStaffRole(user)
