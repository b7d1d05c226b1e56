import type { Access, Where } from 'payload'

import { hasStaffRole } from './roles'

/**
 * Staff read every image; everybody else an image that published content shows, or that staff
 * marked public. Payload applies this to the image's files as well (`/api/media/file/…`).
 */
export const publicMediaOrStaff: Access = ({ req: { user } }) => {
  if (hasStaffRole(user)) return true
  const readable: Where = { or: [{ usedByPublished: { equals: true } }, { public: { equals: true } }] }
  return readable
}
