import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type RunningCms, startCms } from './server'

/**
 * A CMS whose public address is https (its proxy speaks TLS; the tests speak plain http to it
 * on 127.0.0.1) and that trusts no proxy, so clients reach it directly.
 */
let cms: RunningCms

beforeAll(async () => {
  cms = await startCms({ env: { SERVER_URL: 'https://cms.library.example.org' } })
})

afterAll(async () => {
  await cms?.stop()
})

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${cms.url}/api/users/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'Content-Type': 'application/json', ...headers },
    method: 'POST',
  })

describe('a CMS at an https address', () => {
  it('sends the login cookie only over https (Secure), still HttpOnly and SameSite', async () => {
    const account = { email: 'admin@example.org', password: 'a long admin password' }
    expect((await fetch(`${cms.url}/api/users/first-register`, { body: JSON.stringify(account), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).status).toBe(200)
    const response = await login(account.email, account.password)
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
    expect(cookie).toMatch(/; Secure/i)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
  })
})

describe('a CMS that trusts no proxy', () => {
  it('counts failed logins by the connection, whatever X-Forwarded-For a client makes up', async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const madeUp = { 'X-Forwarded-For': `198.51.100.${attempt}` }
      expect((await login(`guess-${attempt}@example.org`, 'a wrong guess', madeUp)).status).toBe(401)
    }
    const refused = await login('admin@example.org', 'a long admin password', { 'X-Forwarded-For': '198.51.100.99' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60)
  })
})
