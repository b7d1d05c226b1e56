import type { ClientUser, CollectionConfig, GlobalConfig } from 'payload'

import { hasStaffRole } from '../access/roles'

/**
 * Hides content from the admin's navigation and dashboard for staff who cannot edit it (the
 * cataloguers): they would find the public's read-only view of every collection there. What
 * they may do is still decided by each collection's access rules; this only keeps the admin tidy.
 */
export function contentStaffOnly<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, admin: { ...config.admin, hidden: ({ user }: { user: ClientUser }) => !hasStaffRole(user as Parameters<typeof hasStaffRole>[0]) } }
}
