import type { FieldAccess } from 'payload'

/** A field the CMS keeps up to date itself: nobody sets it through the API or the admin. */
export const cmsOnly: FieldAccess = () => false
