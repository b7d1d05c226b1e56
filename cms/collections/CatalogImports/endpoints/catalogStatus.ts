import type { Endpoint, Where } from 'payload'

import { catalogState } from '../../../../catalog/catalogState'
import { unmappedLocationCodes } from '../../../../catalog/locationCodes'
import { catalogDir, catalogUploadMaxBytes } from '../../../../shared/settings'
import { hasCatalogRole } from '../../../access/roles'
import { catalogImporter } from '../../../catalog/catalogImporter'
import { readSourcesState } from '../../../catalog/catalogSources'
import { inLanguageOf } from '../../../fields/labels'

/**
 * `GET /api/catalog-imports/status`, for the dashboard's catalog panel: the live catalog and
 * the copies' status, the import running and those waiting, the last one that ended, and the
 * location codes no service point has.
 */
export const catalogStatus: Endpoint = {
  method: 'get',
  path: '/status',
  handler: async (req) => {
    if (!hasCatalogRole(req.user)) {
      return Response.json(
        { error: inLanguageOf(req, { en: 'Only admins and cataloguers can see the catalog.', zh: '只有管理员和编目员可以查看馆藏目录状态。' }) },
        { status: 403 },
      )
    }
    const importer = catalogImporter()
    const dir = importer?.dir ?? catalogDir()
    const find = (where: Where, sort = '-requestedAt', limit = 10) =>
      req.payload.find({ collection: 'catalog-imports', depth: 1, limit, overrideAccess: true, sort, where }).then((result) => result.docs)
    const [active, ended, points, sources] = await Promise.all([
      find({ status: { in: ['uploading', 'queued', 'running', 'awaiting-confirmation'] } }, 'requestedAt', 20),
      find({ status: { in: ['succeeded', 'failed', 'cancelled', 'interrupted'] } }, '-finishedAt', 1),
      req.payload.find({ collection: 'service-points', depth: 0, limit: 0, pagination: false, select: { locationCodes: true, slug: true } }),
      req.payload.findGlobal({ slug: 'catalog-sources', depth: 0, overrideAccess: true }),
    ])
    const checks = readSourcesState(dir)
    return Response.json({
      ...catalogState(dir),
      active,
      imports: Boolean(importer),
      last: ended[0] ?? null,
      sources: {
        availability: { ...checks.availability, everyMinutes: sources.availability?.everyMinutes, kind: sources.availability?.kind ?? 'none' },
        export: { ...checks.export, everyMinutes: sources.export?.everyMinutes, kind: sources.export?.kind ?? 'none' },
      },
      unmapped: unmappedLocationCodes(dir, points.docs).length,
      uploadLimit: catalogUploadMaxBytes(),
    })
  },
}
