import fs from 'node:fs'
import { Readable } from 'node:stream'

import type { Endpoint } from 'payload'

import { catalogDir } from '../../../../shared/settings'
import { hasCatalogRole } from '../../../access/roles'
import { catalogImporter } from '../../../catalog/catalogImporter'
import { reportFileOf } from '../../../catalog/importFolders'
import { inLanguageOf } from '../../../fields/labels'

/** `GET /api/catalog-imports/:id/report`: the import's whole report (every record skipped, with its number, byte offset and reason), as a text file. */
export const importReport: Endpoint = {
  method: 'get',
  path: '/:id/report',
  handler: (req) => {
    if (!hasCatalogRole(req.user)) {
      return Response.json(
        { error: inLanguageOf(req, { en: 'Only admins and cataloguers can read import reports.', zh: '只有管理员和编目员可以查看导入报告。' }) },
        { status: 403 },
      )
    }
    const id = String(req.routeParams?.id)
    const file = /^\d+$|^[a-f0-9]{24}$/.test(id) ? reportFileOf(catalogImporter()?.dir ?? catalogDir(), id) : undefined
    if (!file || !fs.existsSync(file)) {
      return Response.json(
        {
          error: inLanguageOf(req, {
            en: 'This import has no report (it did not read the file, or its report was removed).',
            zh: '此导入没有报告（未读取文件，或报告已被清理）。',
          }),
        },
        { status: 404 },
      )
    }
    return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, {
      headers: { 'Content-Disposition': `attachment; filename="catalog-import-${id}-report.txt"`, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  },
}
