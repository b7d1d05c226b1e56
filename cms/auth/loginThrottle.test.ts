import { describe, expect, it } from 'vitest'

import { LoginThrottle } from './loginThrottle'

const MINUTE = 60_000

describe('LoginThrottle', () => {
  it('refuses an address for the whole refusal once it reaches the limit within the window', () => {
    const throttle = new LoginThrottle(3, 15 * MINUTE, 15 * MINUTE)
    throttle.fail('192.0.2.1', 0)
    throttle.fail('192.0.2.1', MINUTE)
    expect(throttle.retryAfter('192.0.2.1', MINUTE)).toBe(0)
    throttle.fail('192.0.2.1', 2 * MINUTE)
    expect(throttle.retryAfter('192.0.2.1', 2 * MINUTE)).toBe(15 * 60)
    expect(throttle.retryAfter('192.0.2.1', 16 * MINUTE + 1)).toBe(60)
    expect(throttle.retryAfter('192.0.2.1', 17 * MINUTE)).toBe(0)
  })

  it('forgets failures older than the window', () => {
    const throttle = new LoginThrottle(3, 15 * MINUTE, 15 * MINUTE)
    throttle.fail('192.0.2.1', 0)
    throttle.fail('192.0.2.1', MINUTE)
    throttle.fail('192.0.2.1', 16 * MINUTE)
    expect(throttle.retryAfter('192.0.2.1', 16 * MINUTE)).toBe(0)
  })

  it('counts each address on its own', () => {
    const throttle = new LoginThrottle(2, 15 * MINUTE, 15 * MINUTE)
    throttle.fail('192.0.2.1', 0)
    throttle.fail('192.0.2.2', 0)
    expect(throttle.retryAfter('192.0.2.1', 0)).toBe(0)
    throttle.fail('192.0.2.1', 0)
    expect(throttle.retryAfter('192.0.2.1', 0)).toBeGreaterThan(0)
    expect(throttle.retryAfter('192.0.2.2', 0)).toBe(0)
  })
})
