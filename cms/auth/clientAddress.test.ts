import { describe, expect, it } from 'vitest'

import { clientAddress } from './clientAddress'

describe('clientAddress', () => {
  it('is the connection when no proxy is trusted, whatever the client put in X-Forwarded-For', () => {
    expect(clientAddress('192.0.2.7', 0)).toBe('192.0.2.7')
    expect(clientAddress('203.0.113.1, 192.0.2.7', 0)).toBe('192.0.2.7')
  })

  it('is the address the outermost trusted proxy was connected from', () => {
    // nginx on the same host: it appended the client, the CMS's server appended nginx.
    expect(clientAddress('198.51.100.4, 127.0.0.1', 1)).toBe('198.51.100.4')
    expect(clientAddress('203.0.113.1, 198.51.100.4, 127.0.0.1', 1)).toBe('198.51.100.4')
    // A CDN in front of nginx.
    expect(clientAddress('198.51.100.4, 192.0.2.50, 127.0.0.1', 2)).toBe('198.51.100.4')
  })

  it('is the first address when the request went round the proxies', () => {
    expect(clientAddress('127.0.0.1', 1)).toBe('127.0.0.1')
  })

  it('is unknown without any address', () => {
    expect(clientAddress(null, 0)).toBeUndefined()
    expect(clientAddress(' , ', 1)).toBeUndefined()
  })
})
