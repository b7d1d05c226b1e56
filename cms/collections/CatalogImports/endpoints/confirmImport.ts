import type { Endpoint } from 'payload'

import { hasAdminRole } from '../../../access/roles'
import { catalogImporter } from '../../../catalog/catalogImporter'
import { inLanguageOf } from '../../../fields/labels'

/**
 * `POST /api/catalog-imports/:id/confirm`: an admin confirms a full import that would remove
 * more of the catalog than it may by itself (CATALOG_MAX_REMOVAL); it runs again, removing them.
 */
export const confirmImport: Endpoint = {
  method: 'post',
  path: '/:id/confirm',
  handler: async (req) => {
    if (!hasAdminRole(req.user)) {
      return Response.json(
        {
          error: inLanguageOf(req, {
            en: 'Only an admin can confirm an import that removes this many records.',
            zh: '只有管理员可以确认删除如此多书目的导入。',
          }),
        },
        { status: 403 },
      )
    }
    const importer = catalogImporter()
    const id = String(req.routeParams?.id)
    const doc = await req.payload.findByID({ collection: 'catalog-imports', depth: 0, disableErrors: true, id, overrideAccess: true })
    if (!importer || doc?.status !== 'awaiting-confirmation') {
      return Response.json({ error: inLanguageOf(req, { en: 'This import does not wait for a confirmation.', zh: '此导入不在等待确认。' }) }, { status: 409 })
    }
    await req.payload.update({
      collection: 'catalog-imports',
      data: { error: null, removal: { ...doc.removal, confirmedBy: req.user!.id }, status: 'queued' },
      id,
      overrideAccess: true,
    })
    void importer.drain()
    return Response.json(
      { message: inLanguageOf(req, { en: 'Confirmed: the import runs again and removes those records.', zh: '已确认，将重新导入并删除这些书目。' }) },
      { status: 202 },
    )
  },
}
