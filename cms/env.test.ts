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
})
