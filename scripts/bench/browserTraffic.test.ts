import { describe, expect, it } from 'vitest'

import { type RequestSeen, sequentialDepth, summarize } from './browserTraffic'

const request = (start: number, end: number, sent = start, cached = false): RequestSeen => ({ cached, end, sent, start, url: `http://127.0.0.1/${start}` })

describe('sequentialDepth', () => {
  it('counts requests one after the other, not those side by side', () => {
    expect(sequentialDepth([])).toBe(0)
    expect(sequentialDepth([request(0, 10), request(0, 12), request(1, 11)])).toBe(1)
    expect(sequentialDepth([request(0, 10), request(11, 20), request(12, 30), request(21, 25)])).toBe(3)
  })

  it('counts a request the browser held back until another had ended, unless asked for', () => {
    const held = [request(0, 10), request(1, 20, 10)]
    expect(sequentialDepth(held, 'sent')).toBe(2)
    expect(sequentialDepth(held, 'start')).toBe(1)
  })

  it('leaves out what the cache answered', () => {
    expect(sequentialDepth([request(0, 10), request(11, 11, 11, true)])).toBe(1)
  })
})

describe('summarize', () => {
  it('takes bytes and requests from the server, and cache hits from the browser', () => {
    const summary = summarize({
      requests: [request(0, 10), request(11, 20), request(21, 21, 21, true)],
      served: [
        { bytes: 1000, path: '/a', status: 200 },
        { bytes: 500, path: '/b', status: 206 },
      ],
    })
    expect(summary).toEqual({ bytes: 1500, cached: 1, depth: 2, depthAsked: 2, requests: 2 })
  })
})
