import type { Access } from 'payload'

import { hasCatalogRole } from './roles'

/** Admins and cataloguers: the staff who run the catalog. */
export const catalog: Access = ({ req: { user } }) => hasCatalogRole(user)
