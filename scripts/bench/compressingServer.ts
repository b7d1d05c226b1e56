import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { serveStatic } from '../../publishing/staticServer'

/** What docs/nginx/liling-site.conf compresses: HTML always, and its `gzip_types`. */
const COMPRESSED = new Set([
  'application/javascript',
  'application/json',
  'application/rss+xml',
  'application/xml',
  'image/svg+xml',
  'text/calendar',
  'text/css',
  'text/html',
  'text/javascript',
  'text/plain',
  'text/xml',
])
/** nginx's `gzip_min_length` and `gzip_comp_level` there. */
const MIN_LENGTH = 256
const LEVEL = 5

/** A response as the server sent it: bytes on the wire, headers and framing included. */
export type ServedResponse = { bytes: number; path: string; status: number }

/**
 * The site's static server (publishing/staticServer.ts, which compresses text itself, with gzip
 * or brotli as the browser asks) behind a front that logs every response in `served`, bytes on
 * the wire, in the order they end, and compresses as the production nginx does (gzip, level 5,
 * those types, whole files only) whatever the server left uncompressed. Resolves once both
 * listen; `close` ends both.
 */
export async function serveCompressed(root: string, port: number): Promise<{ close: () => Promise<void>; served: ServedResponse[] }> {
  const served: ServedResponse[] = []
  const inner = await serveStatic(root, 0)
  const innerPort = (inner.address() as AddressInfo).port
  const agent = new http.Agent({ keepAlive: true })
  const front = http.createServer((req, res) => {
    // One response at a time on a connection (HTTP/1.1): what the socket sent meanwhile is this response.
    const before = req.socket.bytesWritten
    res.on('finish', () => served.push({ bytes: req.socket.bytesWritten - before, path: req.url ?? '', status: res.statusCode }))
    const upstream = http.request({ agent, headers: req.headers, host: '127.0.0.1', method: req.method, path: req.url, port: innerPort }, (answer) => {
      const headers = { ...answer.headers }
      const type = String(headers['content-type'] ?? '').split(';')[0]!.trim()
      const gzip =
        req.method === 'GET' &&
        (answer.statusCode === 200 || answer.statusCode === 404) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
        COMPRESSED.has(type) &&
        !headers['content-encoding'] &&
        Number(headers['content-length'] ?? MIN_LENGTH) >= MIN_LENGTH
      if (gzip) {
        delete headers['content-length']
        headers['content-encoding'] = 'gzip'
        headers.vary = 'Accept-Encoding'
      }
      res.writeHead(answer.statusCode ?? 502, headers)
      ;(gzip ? answer.pipe(zlib.createGzip({ level: LEVEL })) : answer).pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject)
    front.listen(port, '127.0.0.1', resolve)
  })
  const closeServer = (server: http.Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return {
    served,
    close: async () => {
      agent.destroy()
      await Promise.all([closeServer(front), closeServer(inner)])
    },
  }
}
