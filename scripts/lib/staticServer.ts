import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { siteHeaders } from './siteHeaders'

type Handler = ReturnType<typeof sirv>

const NOT_BUILT_YET = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>醴陵市图书馆</title>
<p>网站正在构建，请稍后刷新。</p><p lang="en">The site is being built; please reload in a moment.</p></html>`

/**
 * Serves a built site folder over HTTP, as any static host would: files as they are, a
 * folder's `index.html`, and the 404 page of the visitor's language for anything else. `root`
 * may be a symlink that is swapped to a new release while serving: each request follows it
 * anew, so a visitor gets either the old release or the new one, whole.
 */
export function createStaticServer(root: string): http.Server {
  let served: { dir: string; serve: Handler } | undefined
  const handlerFor = (dir: string): Handler => {
    // Files are looked up on each request (dev mode): a release may hold a large catalog, and nothing is scanned up front.
    if (served?.dir !== dir) served = { dir, serve: sirv(dir, { dev: true, etag: true, extensions: ['html'], gzip: false }) }
    return served.serve
  }
  return http.createServer((req, res) => {
    for (const [name, value] of Object.entries(siteHeaders((req.url ?? '/').split('?')[0]!))) res.setHeader(name, value)
    let dir: string
    try {
      dir = fs.realpathSync(root)
    } catch {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '10' })
      res.end(NOT_BUILT_YET)
      return
    }
    handlerFor(dir)(req, res, () => {
      const english = req.url === '/en' || req.url?.startsWith('/en/')
      const notFound = path.join(dir, english ? 'en/404.html' : '404.html')
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      if (fs.existsSync(notFound)) fs.createReadStream(notFound).pipe(res)
      else res.end('Not found')
    })
  })
}

/** Starts serving `root` on `port`; resolves once it listens. */
export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<http.Server> {
  const server = createStaticServer(root)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
