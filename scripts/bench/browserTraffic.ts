import type { Page, Request } from 'playwright-core'

import type { ServedResponse } from './countingServer'

/** Network conditions of Chromium's DevTools (`Network.emulateNetworkConditions`). */
export type NetworkConditions = { downloadThroughput: number; latency: number; offline: boolean; uploadThroughput: number }

/**
 * Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (its `mobileSlow4G`,
 * in kibibits as Lighthouse counts them), in bytes a second for DevTools.
 */
export const SLOW_4G: NetworkConditions = {
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  latency: 150,
  offline: false,
  uploadThroughput: (750 * 1024) / 8,
}

/** One request as the browser saw it, its web workers' included; times in ms since 1970. */
export type RequestSeen = {
  /** Answered by the browser's cache, with nothing sent. */
  cached?: boolean
  end?: number
  /** When the browser sent it: after `start`, when it waited for a connection or for another request of the same address. */
  sent?: number
  /** When the page asked for it. */
  start: number
  url: string
}

/**
 * What a run of requests cost: bytes and requests the server sent, those the browser's cache
 * answered, and the longest chain of requests one after the other, as the browser sent them
 * (`depth`) and as the page asked for them (`depthAsked`).
 */
export type TrafficSummary = { bytes: number; cached: number; depth: number; depthAsked: number; requests: number }

/** Requests and responses from a mark on (`Traffic.mark`). */
export type TrafficWindow = { requests: RequestSeen[]; served: ServedResponse[] }

/**
 * A page's requests, from both ends: the browser's (Playwright's events, which include those of
 * the page's web workers, as Pagefind searches in one) for when each started and ended, and the
 * server's log (countingServer.ts) for the bytes sent over the wire, headers included. The
 * browser runs one page at a time, so everything the server sends meanwhile is that page's.
 * Network conditions, when given, are emulated through the DevTools protocol: they apply to the
 * page's workers too.
 */
export class Traffic {
  readonly requests: RequestSeen[] = []

  /** Where the server's log stood when the page was attached. */
  private readonly first: number

  private constructor(private readonly served: ServedResponse[]) {
    this.first = served.length
  }

  static async attach(page: Page, served: ServedResponse[], conditions?: NetworkConditions): Promise<Traffic> {
    const traffic = new Traffic(served)
    const byRequest = new Map<Request, RequestSeen>()
    page.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return
      const seen: RequestSeen = { start: Date.now(), url: request.url() }
      byRequest.set(request, seen)
      traffic.requests.push(seen)
    })
    const ended = async (request: Request, failed: boolean) => {
      const seen = byRequest.get(request)
      if (!seen) return
      const timing = request.timing()
      if (timing.startTime > 0) seen.start = timing.startTime
      seen.sent = seen.start + Math.max(0, timing.requestStart)
      const sizes = failed ? undefined : await request.sizes().catch(() => undefined)
      seen.cached = sizes !== undefined && sizes.responseBodySize + sizes.responseHeadersSize <= 0
      seen.end = timing.responseEnd >= 0 ? seen.start + timing.responseEnd : Date.now()
    }
    page.on('requestfinished', (request) => void ended(request, false))
    page.on('requestfailed', (request) => void ended(request, true))
    if (conditions) {
      const session = await page.context().newCDPSession(page)
      await session.send('Network.enable')
      await session.send('Network.emulateNetworkConditions', conditions)
    }
    return traffic
  }

  /** A place in the lists of requests and responses, for `since`. */
  mark(): { requests: number; served: number } {
    return { requests: this.requests.length, served: this.served.length }
  }

  since(mark: { requests: number; served: number }): TrafficWindow {
    return { requests: this.requests.slice(mark.requests), served: this.served.slice(mark.served) }
  }

  /** Everything since the page was attached. */
  all(): TrafficWindow {
    return this.since({ requests: 0, served: this.first })
  }

  /** Resolves once no request is under way and none has started or been answered for `quietMs`. */
  async settled(quietMs = 300, timeoutMs = 600_000): Promise<void> {
    const started = performance.now()
    let seen = ''
    let quietSince = performance.now()
    for (;;) {
      const now = `${this.requests.length}/${this.served.length}/${this.requests.filter((request) => request.end === undefined).length}`
      if (now !== seen || this.requests.some((request) => request.end === undefined)) {
        seen = now
        quietSince = performance.now()
      } else if (performance.now() - quietSince >= quietMs) return
      if (performance.now() - started > timeoutMs) {
        throw new Error(`Requests still under way after ${timeoutMs / 1000} s: ${this.requests.filter((request) => request.end === undefined).map((request) => request.url).join(', ')}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}

/**
 * The longest chain of requests each started (asked for, or sent) after the one before it had
 * ended: how many round trips one after the other the requests needed. Requests the browser's
 * cache answered are not counted.
 */
export function sequentialDepth(requests: RequestSeen[], from: 'sent' | 'start' = 'sent'): number {
  const startOf = (request: RequestSeen) => (from === 'sent' ? (request.sent ?? request.start) : request.start)
  const network = requests.filter((request) => !request.cached).sort((a, b) => startOf(a) - startOf(b))
  const depths: number[] = []
  network.forEach((request, n) => {
    let before = 0
    for (let m = 0; m < n; m += 1) {
      const earlier = network[m]!
      if (earlier.end !== undefined && earlier.end <= startOf(request)) before = Math.max(before, depths[m]!)
    }
    depths.push(before + 1)
  })
  return Math.max(0, ...depths)
}

export function summarize({ requests, served }: TrafficWindow): TrafficSummary {
  return {
    bytes: served.reduce((sum, response) => sum + response.bytes, 0),
    cached: requests.filter((request) => request.cached).length,
    depth: sequentialDepth(requests, 'sent'),
    depthAsked: sequentialDepth(requests, 'start'),
    requests: served.length,
  }
}

/**
 * The requests in the order they were asked for, each with when it was sent and when it ended,
 * from the first one on (and when it was asked for, when it had to wait): the chain can be read off.
 */
export function describeRequests(requests: RequestSeen[]): string {
  const first = Math.min(...requests.map((request) => request.start))
  const at = (time: number) => Math.round(time - first)
  return [...requests]
    .sort((a, b) => a.start - b.start)
    .map((request) => {
      const name = new URL(request.url).pathname.split('/').filter(Boolean).slice(-2).join('/')
      if (request.cached) return `${name} (cache)`
      const sent = request.sent ?? request.start
      const waited = sent - request.start > 5 ? ` (asked at ${at(request.start)})` : ''
      return `${name} ${at(sent)}–${request.end === undefined ? '?' : at(request.end)} ms${waited}`
    })
    .join(', ')
}
