import { describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URI, readEnv } from './env'

describe('readEnv', () => {
  it('stops start-up with a message naming PAYLOAD_SECRET when it is missing', () => {
    expect(() => readEnv({} as unknown as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('refuses a short secret in production', () => {
    expect(() => readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' } as unknown as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET is too weak/)
  })

  it('defaults the address to the port the CMS listens on', () => {
    expect(readEnv({ PAYLOAD_SECRET: 'x'.repeat(40), PORT: '3100' } as unknown as NodeJS.ProcessEnv).serverUrl).toBe('http://localhost:3100')
  })

  it('defaults to the embedded database and the local address', () => {
    expect(readEnv({ PAYLOAD_SECRET: 'x'.repeat(40) } as unknown as NodeJS.ProcessEnv)).toMatchObject({
      databaseUri: DEFAULT_DATABASE_URI,
      serverUrl: 'http://localhost:3000',
    })
  })

  it("allows the CMS's own origin and the listed ones to call the API from a browser", () => {
    const env = { ALLOWED_ORIGINS: 'https://preview.example.org, https://library.example.org/news/', PAYLOAD_SECRET: 'x'.repeat(40), SERVER_URL: 'https://cms.example.org/' }
    expect(readEnv(env as unknown as NodeJS.ProcessEnv).allowedOrigins).toEqual([
      'https://cms.example.org',
      'https://preview.example.org',
      'https://library.example.org',
    ])
  })

  it('stops start-up naming ALLOWED_ORIGINS when a listed origin is not an address', () => {
    const env = { ALLOWED_ORIGINS: 'library.example.org', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(() => readEnv(env as unknown as NodeJS.ProcessEnv)).toThrow(/ALLOWED_ORIGINS: "library.example.org"/)
  })

  it('sends the login cookie only over https when the CMS is at an https address', () => {
    const at = (SERVER_URL?: string) => readEnv({ PAYLOAD_SECRET: 'x'.repeat(40), SERVER_URL } as unknown as NodeJS.ProcessEnv).secureCookies
    expect(at('https://cms.example.org')).toBe(true)
    expect(at('http://cms.example.org')).toBe(false)
    expect(at(undefined)).toBe(false)
  })

  it('trusts no proxy unless TRUSTED_PROXIES says how many there are', () => {
    const proxies = (TRUSTED_PROXIES?: string) => readEnv({ PAYLOAD_SECRET: 'x'.repeat(40), TRUSTED_PROXIES } as unknown as NodeJS.ProcessEnv).trustedProxies
    expect(proxies(undefined)).toBe(0)
    expect(proxies('')).toBe(0)
    expect(proxies('1')).toBe(1)
    expect(() => proxies('yes')).toThrow(/TRUSTED_PROXIES: "yes"/)
  })
})
