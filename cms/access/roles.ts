/**
 * Staff roles. Admins manage everything, users included; editors create, edit and publish
 * content; cataloguers run the catalog's imports and nothing else.
 */
export const ROLES = ['admin', 'editor', 'cataloguer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { role?: Role | null } | null | undefined

/** True for a signed-in admin. */
export const hasAdminRole = (user: MaybeUser): boolean => user?.role === 'admin'

/** True for the staff who edit and publish the site's content: admins and editors. */
export const hasStaffRole = (user: MaybeUser): boolean => user?.role === 'admin' || user?.role === 'editor'

/** True for the staff who run the catalog: admins and cataloguers. */
export const hasCatalogRole = (user: MaybeUser): boolean => user?.role === 'admin' || user?.role === 'cataloguer'

/** True for any signed-in member of staff, whatever their role: who may open the admin. */
export const hasAnyRole = (user: MaybeUser): boolean => Boolean(user?.role && (ROLES as readonly string[]).includes(user.role))
