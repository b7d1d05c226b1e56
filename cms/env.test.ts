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
})
