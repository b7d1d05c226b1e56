import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

/**
 * Serves a built site folder over HTTP, as any static host would: files as they are, a
 * folder's `index.html`, and the 404 page of the visitor's language for anything else.
 */
export function createStaticServer(root: string): http.Server {
  const serve = sirv(root, { dev: false, etag: true, extensions: ['html'], gzip: false })
  return http.createServer((req, res) => {
    serve(req, res, () => {
      const english = req.url === '/en' || req.url?.startsWith('/en/')
      const notFound = path.join(root, english ? 'en/404.html' : '404.html')
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
