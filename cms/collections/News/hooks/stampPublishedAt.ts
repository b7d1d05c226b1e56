import type { FieldHook } from 'payload'

/** Dates a news item the moment it is first published, unless staff chose a date. */
export const stampPublishedAt: FieldHook = ({ siblingData, value }) => {
  if (!value && siblingData?._status === 'published') return new Date().toISOString()
  return value
}
