import type { Payload } from 'payload'

/**
 * Payload's Local API for a process that is not the CMS server: a command, a site build, a test
 * script. Outside `next dev`, Payload would also open a WebSocket to a Next.js dev server's
 * reload endpoint on localhost:PORT; when `npm start`'s CMS listens there, that socket stays open
 * and the command never ends. The config is imported here, after the command has read `.env`.
 */
export async function openLocalApi(): Promise<Payload> {
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config')
  return getPayload({ config })
}

/** Ends a Local API opened by a command, its SQLite connection included, which Payload's destroy leaves open. */
export async function closeLocalApi(payload: Payload): Promise<void> {
  await payload.destroy()
  ;(payload.db as unknown as { client?: { close: () => void } }).client?.close()
}
