import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { serveStatic } from '../../publishing/staticServer'

/** A response as the server sent it: bytes on the wire, headers and framing included. */
export type ServedResponse = { bytes: number; path: string; status: number }

/**
 * The site's static server (publishing/staticServer.ts, which compresses text as the production
 * nginx does) behind a front that logs every response in `served`, bytes on the wire, in the
 * order they end. Resolves once both listen; `close` ends both.
 */
export async function serveCounted(root: string, port: number): Promise<{ close: () => Promise<void>; served: ServedResponse[] }> {
  const served: ServedResponse[] = []
  const inner = await serveStatic(root, 0)
  const innerPort = (inner.address() as AddressInfo).port
  const agent = new http.Agent({ keepAlive: true })
  const front = http.createServer((req, res) => {
    // One response at a time on a connection (HTTP/1.1): what the socket sent meanwhile is this response.
    const before = req.socket.bytesWritten
    res.on('finish', () => served.push({ bytes: req.socket.bytesWritten - before, path: req.url ?? '', status: res.statusCode }))
    const upstream = http.request({ agent, headers: req.headers, host: '127.0.0.1', method: req.method, path: req.url, port: innerPort }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
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
