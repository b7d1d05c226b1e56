import type { Endpoint } from 'payload'

import { hasCatalogRole } from '../../../access/roles'
import { catalogImporter } from '../../../catalog/catalogImporter'
import { inLanguageOf } from '../../../fields/labels'

/** `POST /api/catalog-imports/:id/cancel`: stops an import that runs, or drops one that waits; the catalog stays as it was. */
export const cancelImport: Endpoint = {
  method: 'post',
  path: '/:id/cancel',
  handler: async (req) => {
    if (!hasCatalogRole(req.user)) {
      return Response.json(
        { error: inLanguageOf(req, { en: 'Only admins and cataloguers can cancel an import.', zh: '只有管理员和编目员可以取消导入。' }) },
        { status: 403 },
      )
    }
    const importer = catalogImporter()
    const cancelled = importer ? await importer.cancel(String(req.routeParams?.id)).catch(() => false) : false
    if (!cancelled) return Response.json({ error: inLanguageOf(req, { en: 'This import has ended already.', zh: '此导入已经结束。' }) }, { status: 409 })
    return Response.json(
      { message: inLanguageOf(req, { en: 'The import is cancelled; the catalog stays as it was.', zh: '导入已取消，馆藏目录保持不变。' }) },
      { status: 202 },
    )
  },
}
