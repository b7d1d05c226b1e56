import type { SiteChange } from './siteChange'

/** Whatever serves requests for a site build in this process: the site publisher under `npm start`. */
export type BuildRequests = { request(change: SiteChange): void }

// On globalThis, because Next.js may load this module more than once in one server process.
const KEY = Symbol.for('liling.siteBuildRequests')
type WithRequests = typeof globalThis & { [KEY]?: BuildRequests }

/** Where the CMS's hooks send build requests; undefined when this process does not build the site. */
export function buildRequests(): BuildRequests | undefined {
  return (globalThis as WithRequests)[KEY]
}

/** Sends this process's build requests to `target` (undefined: nowhere). */
export function handleBuildRequests(target: BuildRequests | undefined): void {
  ;(globalThis as WithRequests)[KEY] = target
}
