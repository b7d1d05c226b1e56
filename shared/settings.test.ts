import { describe, expect, it } from 'vitest'

import { bindHost, catalogDir, catalogMaxRemovalShare, DEFAULT_DATABASE_URI, port, readCmsSettings, siteBuildCmsUrl, siteBuilds, siteToday, siteUrl } from './settings'
import { projectRoot } from './paths'

describe('the CMS settings', () => {
  it('stops start-up with a message naming PAYLOAD_SECRET when it is missing', () => {
    expect(() => readCmsSettings({} as unknown as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('refuses a short secret in production', () => {
    expect(() => readCmsSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' } as unknown as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET is too weak/)
  })

  it('defaults the address to the port the CMS listens on', () => {
    expect(readCmsSettings({ PAYLOAD_SECRET: 'x'.repeat(40), PORT: '3100' } as unknown as NodeJS.ProcessEnv).serverUrl).toBe('http://localhost:3100')
  })

  it('defaults to the embedded database and the local address', () => {
    expect(readCmsSettings({ PAYLOAD_SECRET: 'x'.repeat(40) } as unknown as NodeJS.ProcessEnv)).toMatchObject({
      databaseUri: DEFAULT_DATABASE_URI,
      serverUrl: 'http://localhost:3000',
    })
  })

  it("allows the CMS's own origin and the listed ones to call the API from a browser", () => {
    const env = { ALLOWED_ORIGINS: 'https://preview.example.org, https://library.example.org/news/', PAYLOAD_SECRET: 'x'.repeat(40), SERVER_URL: 'https://cms.example.org/' }
    expect(readCmsSettings(env as unknown as NodeJS.ProcessEnv).allowedOrigins).toEqual([
      'https://cms.example.org',
      'https://preview.example.org',
      'https://library.example.org',
    ])
  })

  it('stops start-up naming ALLOWED_ORIGINS when a listed origin is not an address', () => {
    const env = { ALLOWED_ORIGINS: 'library.example.org', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(() => readCmsSettings(env as unknown as NodeJS.ProcessEnv)).toThrow(/ALLOWED_ORIGINS: "library.example.org"/)
  })

  it('sends the login cookie only over https when the CMS is at an https address', () => {
    const at = (SERVER_URL?: string) => readCmsSettings({ PAYLOAD_SECRET: 'x'.repeat(40), SERVER_URL } as unknown as NodeJS.ProcessEnv).secureCookies
    expect(at('https://cms.example.org')).toBe(true)
    expect(at('http://cms.example.org')).toBe(false)
    expect(at(undefined)).toBe(false)
  })

  it('trusts no proxy unless TRUSTED_PROXIES says how many there are', () => {
    const proxies = (TRUSTED_PROXIES?: string) => readCmsSettings({ PAYLOAD_SECRET: 'x'.repeat(40), TRUSTED_PROXIES } as unknown as NodeJS.ProcessEnv).trustedProxies
    expect(proxies(undefined)).toBe(0)
    expect(proxies('')).toBe(0)
    expect(proxies('1')).toBe(1)
    expect(() => proxies('yes')).toThrow(/TRUSTED_PROXIES: "yes"/)
  })
})

describe('the other settings', () => {
  const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv

  it('read ports, and refuse one that is not a port, naming the variable', () => {
    expect(port(env({}))).toBe(3000)
    expect(port(env({ PORT: ' 3100 ' }))).toBe(3100)
    expect(() => port(env({ PORT: '3000x' }))).toThrow('PORT: "3000x" is not a port number (1 to 65535).')
    expect(() => port(env({ PORT: '70000' }))).toThrow('PORT: "70000"')
  })

  it('listen on the loopback by default, and take only an IP address to listen on', () => {
    expect(bindHost(env({}))).toBe('127.0.0.1')
    expect(bindHost(env({ BIND_HOST: '0.0.0.0' }))).toBe('0.0.0.0')
    expect(() => bindHost(env({ BIND_HOST: 'library.example.org' }))).toThrow(/^BIND_HOST: "library.example.org" is not an IP address/)
  })

  it("build the site from the CMS where this machine reaches it, whatever address it listens on", () => {
    expect(siteBuildCmsUrl(env({}))).toBe('http://127.0.0.1:3000')
    expect(siteBuildCmsUrl(env({ BIND_HOST: '0.0.0.0', PORT: '3100' }))).toBe('http://127.0.0.1:3100')
    expect(siteBuildCmsUrl(env({ BIND_HOST: '::1' }))).toBe('http://[::1]:3000')
    expect(siteBuildCmsUrl(env({ SITE_BUILD_CMS_URL: 'http://cms.internal:3000' }))).toBe('http://cms.internal:3000')
  })

  it('read the site address, builds on or off and a fixed day, refusing what they cannot be', () => {
    expect(siteUrl(env({ SITE_PORT: '4400' }))).toBe('http://localhost:4400')
    expect(() => siteUrl(env({ SITE_URL: 'library.example.org' }))).toThrow('SITE_URL: "library.example.org" is not an address')
    expect([siteBuilds(env({})), siteBuilds(env({ SITE_BUILDS: 'off' }))]).toEqual([true, false])
    expect(() => siteBuilds(env({ SITE_BUILDS: 'no' }))).toThrow('SITE_BUILDS: "no" is neither on nor off.')
    expect(siteToday(env({ SITE_TODAY: '2014-06-01' }))).toBe('2014-06-01')
    expect(() => siteToday(env({ SITE_TODAY: '1 June' }))).toThrow('SITE_TODAY must be a date like 2014-06-01; got "1 June".')
  })

  it('read the share of the catalog a full import may remove, as a percentage', () => {
    expect(catalogMaxRemovalShare(env({}))).toBe(0.1)
    expect(catalogMaxRemovalShare(env({ CATALOG_MAX_REMOVAL: '25' }))).toBe(0.25)
    expect(() => catalogMaxRemovalShare(env({ CATALOG_MAX_REMOVAL: '10%' }))).toThrow('CATALOG_MAX_REMOVAL: "10%" is not a percentage from 0 to 100.')
  })

  it('read folders from the project root, not from where the command runs', () => {
    expect(catalogDir(env({}))).toBe(`${projectRoot}/data/catalog`)
    expect(catalogDir(env({ CATALOG_DIR: 'elsewhere/catalog' }))).toBe(`${projectRoot}/elsewhere/catalog`)
    expect(catalogDir(env({ CATALOG_DIR: '/srv/liling/catalog' }))).toBe('/srv/liling/catalog')
  })
})
