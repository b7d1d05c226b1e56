import diagnosticsChannel from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'

const SUBSCRIBED = Symbol.for('liling.connectionAddress')

/**
 * Appends each connection's address to the request's X-Forwarded-For, as a proxy does, before
 * Next.js sees the request. Next.js hands the app no connection address of its own: it fills
 * X-Forwarded-For with it only when the client sent none, so without this a client could name
 * any address it likes. Node publishes every request on this channel before handling it.
 */
export function appendConnectionAddress(): void {
  const registry = globalThis as { [SUBSCRIBED]?: true }
  if (registry[SUBSCRIBED]) return
  registry[SUBSCRIBED] = true
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage }
    const address = request.socket.remoteAddress
    if (!address) return
    const forwarded = request.headers['x-forwarded-for']
    request.headers['x-forwarded-for'] = [forwarded, address].flat().filter(Boolean).join(', ')
  })
}
