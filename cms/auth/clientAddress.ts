import { trustedProxies } from '../../shared/settings'

/**
 * The address of the client that sent a request, from its X-Forwarded-For: the CMS's server
 * appends the connection's address to that header (see `connectionAddress.ts`), as each proxy
 * in front of it appends the address it was connected from. With `trustedProxies` proxies,
 * the client is the entry that many places before the last; anything further left was sent by
 * the client and proves nothing. Undefined when the request came from no connection (Local API).
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string | undefined {
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean)
  if (hops.length === 0) return undefined
  // Fewer entries than proxies: the request came round the proxies, from the first address listed.
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]
}

/** The client address of a request to the CMS, trusting as many proxies as `TRUSTED_PROXIES` says. */
export const clientAddressOf = (req: { headers: Headers }): string | undefined =>
  clientAddress(req.headers.get('x-forwarded-for'), trustedProxies())
