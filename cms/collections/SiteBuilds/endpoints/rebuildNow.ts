import type { Endpoint } from 'payload'

import { hasAdminRole } from '../../../access/roles'
import { inLanguageOf } from '../../../fields/labels'
import { sitePublisher } from '../../../publishing/sitePublisher'

/** `POST /api/site-builds/rebuild`: an admin asks for a build now, whatever changed. */
export const rebuildNow: Endpoint = {
  method: 'post',
  path: '/rebuild',
  handler: (req) => {
    if (!hasAdminRole(req.user)) {
      return Response.json({ error: inLanguageOf(req, { en: 'Only admins can rebuild the site.', zh: '只有管理员可以重建网站。' }) }, { status: 403 })
    }
    const builder = sitePublisher()
    if (!builder) {
      return Response.json(
        {
          error: inLanguageOf(req, {
            en: 'This CMS does not build the public site (it builds under `npm start`, or with SITE_BUILDS=on).',
            zh: '此 CMS 进程不负责构建公共网站（`npm start` 启动时或设置 SITE_BUILDS=on 时才会构建）。',
          }),
        },
        { status: 409 },
      )
    }
    builder.request({ action: 'rebuild', user: req.user?.email ?? undefined })
    return Response.json({ message: inLanguageOf(req, { en: 'A rebuild was requested.', zh: '已请求重建网站。' }) }, { status: 202 })
  },
}
