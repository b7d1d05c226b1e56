import net from 'node:net'

import { freePort } from '../../shared/freePort'

/**
 * A TCP relay to a port on 127.0.0.1 that can be cut and restored, like the network between
 * the site builder and the CMS: while cut, connections are refused.
 */
export class TcpProxy {
  target = 0
  private server: net.Server | undefined
  private readonly sockets = new Set<net.Socket>()

  private constructor(readonly port: number) {}

  static async start(): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort())
    await proxy.restore()
    return proxy
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Refuses connections from now on and drops the open ones. */
  async cut(): Promise<void> {
    const server = this.server
    this.server = undefined
    for (const socket of this.sockets) socket.destroy()
    if (server) await new Promise((resolve) => server.close(resolve))
  }

  /** Relays connections again. */
  async restore(): Promise<void> {
    if (this.server) return
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target, '127.0.0.1')
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve))
  }
}
