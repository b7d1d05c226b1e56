/** Staff roles. Admins manage everything, users included; editors create, edit and publish content. */
export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { role?: Role | null } | null | undefined

/** True for a signed-in admin. */
export const hasAdminRole = (user: MaybeUser): boolean => user?.role === 'admin'

/** True for any signed-in member of staff. */
export const hasStaffRole = (user: MaybeUser): boolean =>
  Boolean(user?.role && (ROLES as readonly string[]).includes(user.role))
