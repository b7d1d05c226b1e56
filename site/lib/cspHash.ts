import { createHash } from 'node:crypto'

/** The CSP source (`sha256-…`) that allows an inline script or style with exactly this text. */
export const cspHash = (source: string): `sha256-${string}` => `sha256-${createHash('sha256').update(source).digest('base64')}`
