import type { Endpoint } from 'payload'

import { hasStaffRole } from '../../../access/roles'
import { inLanguageOf } from '../../../fields/labels'
import { sitePublisher } from '../../../publishing/sitePublisher'
import { liveRelease, releaseTime } from '../../../../publishing/siteReleases'
import { siteDir } from '../../../../shared/settings'

/**
 * `GET /api/site-builds/status`, for the admin's dashboard: the live release, the build running
 * now and what waits, the last successful build and the last failed one.
 */
export const siteStatus: Endpoint = {
  method: 'get',
  path: '/status',
  handler: async (req) => {
    if (!hasStaffRole(req.user)) {
      return Response.json({ error: inLanguageOf(req, { en: 'Only staff can see the site builds.', zh: '只有工作人员可以查看网站构建情况。' }) }, { status: 403 })
    }
    const builder = sitePublisher()
    const last = (status: string) =>
      req.payload
        .find({ collection: 'site-builds', depth: 0, limit: 1, overrideAccess: true, sort: '-startedAt', where: { status: { equals: status } } })
        .then((result) => result.docs[0] ?? null)
    const [lastSuccess, lastFailure] = await Promise.all([last('succeeded'), last('failed')])
    const live = liveRelease(builder?.dir ?? siteDir())
    const state = builder?.state()
    return Response.json({
      building: state?.building ? { changes: state.building, since: state.buildingSince } : null,
      builds: Boolean(builder),
      lastFailure,
      lastSuccess,
      live: live ? { builtAt: releaseTime(live).toISOString(), release: live } : null,
      waiting: state?.waiting.length ?? 0,
    })
  },
}
