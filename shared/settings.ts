/**
 * Every setting of the project, read from the environment (and `.env`) in this one module, each
 * with its default and its check; `.env.example` documents them. A malformed value stops the
 * command that reads it with a message naming the variable. Paths are read from the project
 * root, not from the working directory, so every command finds the same files.
 *
 * Importing this module loads `.env`, before any other module reads a setting.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { dataDir, projectRoot } from './paths'

type Env = NodeJS.ProcessEnv

/** Loads `.env` from the project root into `process.env`; variables already set win. */
export function loadDotEnv(file = path.join(projectRoot, '.env')): void {
  if (fs.existsSync(file)) process.loadEnvFile(file)
}

loadDotEnv()

/**
 * On a fresh clone there is no `.env`: create one from `.env.example` with a new random
 * `PAYLOAD_SECRET`, and load it, so the first start needs no manual step. An existing `.env` is
 * never touched.
 */
export function ensureDotEnvWithSecret(log: (line: string) => void = console.log): void {
  const envFile = path.join(projectRoot, '.env')
  if (fs.existsSync(envFile) || process.env.PAYLOAD_SECRET) return
  const example = fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(envFile, example.replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`), { mode: 0o600 })
  loadDotEnv(envFile)
  log('Created .env with a new random PAYLOAD_SECRET (keep it private; it signs logins).')
}

/** Where the person typed the command: npm runs scripts from the project root and says where they were in `INIT_CWD`. */
export const commandDir = (env: Env = process.env): string => value(env, 'INIT_CWD') ?? process.cwd()

const value = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined
const folder = (env: Env, name: string, fallback: string): string => path.resolve(projectRoot, value(env, name) ?? fallback)

// --- The CMS -------------------------------------------------------------------------------

export const DEFAULT_DATABASE_URI = 'file:data/liling.db'
const MIN_PRODUCTION_SECRET_LENGTH = 32

/**
 * `PAYLOAD_SECRET`, required: it signs login tokens. In production it must be 32 characters or
 * more; `npm start` creates `.env` with one when there is none.
 */
export function payloadSecret(env: Env = process.env): string {
  const secret = value(env, 'PAYLOAD_SECRET')
  if (!secret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. It signs login tokens: put a random string of 32 or more characters in .env ' +
        '(see .env.example; `npm start` creates one for you).',
    )
  }
  if (env.NODE_ENV === 'production' && secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET is too weak for production: it has ${secret.length} characters, ` +
        `${MIN_PRODUCTION_SECRET_LENGTH} or more are needed (e.g. \`openssl rand -hex 32\`).`,
    )
  }
  return secret
}

/** `DATABASE_URI`: `file:` for the embedded SQLite database (default `file:data/liling.db`), or MongoDB's. */
export const databaseUri = (env: Env = process.env): string => value(env, 'DATABASE_URI') ?? DEFAULT_DATABASE_URI

/** `MEDIA_DIR`: where uploads are stored (default `data/media`). */
export const mediaDir = (env: Env = process.env): string => folder(env, 'MEDIA_DIR', path.join(dataDir, 'media'))

/** `BACKUP_DIR`: where `npm run backup` writes its archives (default `backups/`). */
export const backupDir = (env: Env = process.env): string => folder(env, 'BACKUP_DIR', 'backups')

function portOf(env: Env, name: string, fallback: number): number {
  const text = value(env, name)
  if (text === undefined) return fallback
  const port = Number(text)
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) throw new Error(`${name}: "${text}" is not a port number (1 to 65535).`)
  return port
}

/** `PORT`: the CMS's port (default 3000). */
export const port = (env: Env = process.env): number => portOf(env, 'PORT', 3000)

/** `BIND_HOST`: the address `npm start` listens on for the CMS and the site (default 127.0.0.1, this machine only). */
export function bindHost(env: Env = process.env): string {
  const host = value(env, 'BIND_HOST') ?? '127.0.0.1'
  if (!net.isIP(host)) throw new Error(`BIND_HOST: "${host}" is not an IP address such as 127.0.0.1, or 0.0.0.0 for every address.`)
  return host
}

/** Where this machine reaches a server listening on `host`: the loopback when it listens on every address. */
export function localAddress(host: string, on: number): string {
  const reach = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${reach.includes(':') ? `[${reach}]` : reach}:${on}`
}

/** `SERVER_URL`: the address the CMS is reached at (default http://localhost:PORT). */
export const serverUrl = (env: Env = process.env): string =>
  (value(env, 'SERVER_URL') ?? `http://localhost:${port(env)}`).replace(/\/+$/, '')

/**
 * Whether the login cookie is sent only over HTTPS (`Secure`): when the CMS's address is https.
 * Browsers never send a Secure cookie over plain http, so at http://localhost logins still work.
 */
export const secureCookies = (env: Env = process.env): boolean =>
  URL.canParse(serverUrl(env)) && new URL(serverUrl(env)).protocol === 'https:'

const originOf = (variable: string, text: string): string => {
  const origin = URL.canParse(text) ? new URL(text).origin : 'null'
  if (origin === 'null') throw new Error(`${variable}: "${text}" is not an address such as https://library.example.org.`)
  return origin
}

/**
 * The CMS's own origin and those listed in `ALLOWED_ORIGINS` (comma-separated): browsers may
 * call the API, with or without a login, from these only.
 */
export function allowedOrigins(env: Env = process.env): string[] {
  const extra = (env.ALLOWED_ORIGINS ?? '').split(',').map((item) => item.trim()).filter(Boolean)
  return [...new Set([originOf('SERVER_URL', serverUrl(env)), ...extra.map((item) => originOf('ALLOWED_ORIGINS', item))])]
}

/**
 * `TRUSTED_PROXIES`: how many proxies in front of the CMS append to X-Forwarded-For (0, the
 * default, when clients connect directly).
 */
export function trustedProxies(env: Env = process.env): number {
  const text = value(env, 'TRUSTED_PROXIES') ?? '0'
  if (!/^\d+$/.test(text)) {
    throw new Error(`TRUSTED_PROXIES: "${text}" is not a number of proxies, such as 1 for the nginx of docs/production.md.`)
  }
  return Number(text)
}

/** `PAYLOAD_RUN_JOBS=true`, set by `npm start` for its CMS: this process runs scheduled publishing. */
export const runsJobs = (env: Env = process.env): boolean => value(env, 'PAYLOAD_RUN_JOBS') === 'true'

/** The CMS's settings, checked all at once: the CMS and `npm start` refuse to start on a bad one. */
export type CmsSettings = {
  allowedOrigins: string[]
  databaseUri: string
  mediaDir: string
  payloadSecret: string
  secureCookies: boolean
  serverUrl: string
  trustedProxies: number
}

/** Reads and checks every setting of the CMS; throws, naming the variable, at the first bad one. */
export function readCmsSettings(env: Env = process.env): CmsSettings {
  return {
    payloadSecret: payloadSecret(env),
    allowedOrigins: allowedOrigins(env),
    databaseUri: databaseUri(env),
    mediaDir: mediaDir(env),
    secureCookies: secureCookies(env),
    serverUrl: serverUrl(env),
    trustedProxies: trustedProxies(env),
  }
}

// --- The public site -----------------------------------------------------------------------

/** `SITE_PORT`: the port `npm start` serves the built site on (default 4321). */
export const sitePort = (env: Env = process.env): number => portOf(env, 'SITE_PORT', 4321)

/** `SITE_URL`: the address the public site is published at (default http://localhost:SITE_PORT). */
export function siteUrl(env: Env = process.env): string {
  const url = value(env, 'SITE_URL') ?? `http://localhost:${sitePort(env)}`
  originOf('SITE_URL', url)
  return url
}

/** `SITE_DIR`: where `npm start` keeps the site's releases (default `data/site`). */
export const siteDir = (env: Env = process.env): string => folder(env, 'SITE_DIR', path.join(dataDir, 'site'))

/** `SITE_BUILDS`: `off` when `npm start` must not rebuild the site on publish; on by default. */
export function siteBuilds(env: Env = process.env): boolean {
  const text = value(env, 'SITE_BUILDS') ?? 'on'
  if (text !== 'on' && text !== 'off') throw new Error(`SITE_BUILDS: "${text}" is neither on nor off.`)
  return text === 'on'
}

/**
 * Whether this process is a CMS that `npm start` asked to rebuild the site: it says so with
 * `SITE_BUILDS=on`. A CMS run any other way (`npm run dev`, tests) builds nothing.
 */
export const buildsSiteHere = (env: Env = process.env): boolean => value(env, 'SITE_BUILDS') === 'on'

/** `SITE_BUILD_CMS_URL`: where the site builds of `npm start` read the CMS (default: the CMS itself, on BIND_HOST and PORT). */
export const siteBuildCmsUrl = (env: Env = process.env): string => value(env, 'SITE_BUILD_CMS_URL') ?? localAddress(bindHost(env), port(env))

/** `CMS_URL`: a running CMS to build the site from instead of the embedded database; undefined to read the database. */
export function cmsUrl(env: Env = process.env): string | undefined {
  const url = value(env, 'CMS_URL')
  if (url !== undefined) originOf('CMS_URL', url)
  return url
}

/** `SITE_TODAY`: the day the site treats as today (YYYY-MM-DD), for previews and tests; undefined for the real date. */
export function siteToday(env: Env = process.env): string | undefined {
  const day = value(env, 'SITE_TODAY')
  if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`SITE_TODAY must be a date like 2014-06-01; got "${day}".`)
  return day
}

/**
 * `ASTRO_CACHE_DIR`, set by whatever runs a build beside others (`npm start`'s builds, tests): the
 * build's own cache, and with it its own copies of the CMS's images (default `node_modules/.astro`).
 */
export const astroCacheDir = (env: Env = process.env): string => folder(env, 'ASTRO_CACHE_DIR', path.join('node_modules', '.astro'))

/**
 * `CATALOG_DATA=live`, set by `npm start` for its builds: the site links the live catalog
 * instead of copying the current import into the build.
 */
export const followsLiveCatalog = (env: Env = process.env): boolean => value(env, 'CATALOG_DATA') === 'live'

/** `CHROMIUM_PATH`: the browser the tests, benchmarks and screenshot scripts drive (default Debian's, /usr/bin/chromium). */
export const chromiumPath = (env: Env = process.env): string => value(env, 'CHROMIUM_PATH') ?? '/usr/bin/chromium'

// --- The catalog ---------------------------------------------------------------------------

/** `CATALOG_DIR`: where the imported catalog and its search index live (default `data/catalog`). */
export const catalogDir = (env: Env = process.env): string => folder(env, 'CATALOG_DIR', path.join(dataDir, 'catalog'))

/**
 * `CATALOG_ID_FIELD`: where the library system puts a record's identifier when it has no 001
 * (`999$c`, Koha's biblionumber); undefined to use 035$a or a hash of the record. The catalog
 * import checks that it names a field.
 */
export const catalogIdField = (env: Env = process.env): string | undefined => value(env, 'CATALOG_ID_FIELD')

/**
 * `CATALOG_MAX_REMOVAL`: the percentage of the catalog a full import may remove without
 * `--force` (default 10); more is likely a truncated download or the wrong file.
 */
export function catalogMaxRemovalShare(env: Env = process.env): number {
  const text = value(env, 'CATALOG_MAX_REMOVAL') ?? '10'
  const percent = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || percent > 100) throw new Error(`CATALOG_MAX_REMOVAL: "${text}" is not a percentage from 0 to 100.`)
  return percent / 100
}

/**
 * `CATALOG_SAMPLE`: whether a fresh installation, with no catalog and no import yet, starts with
 * the sample catalog of content/catalog-sample/ (default on).
 */
export function catalogSample(env: Env = process.env): boolean {
  const text = value(env, 'CATALOG_SAMPLE') ?? 'on'
  if (text !== 'on' && text !== 'off') throw new Error(`CATALOG_SAMPLE: "${text}" is neither on nor off.`)
  return text === 'on'
}

/** `CATALOG_UPLOAD_MAX_MB`: the largest export staff may upload in the admin, in megabytes (default 1000, 1 GB). */
export function catalogUploadMaxBytes(env: Env = process.env): number {
  const text = value(env, 'CATALOG_UPLOAD_MAX_MB') ?? '1000'
  const megabytes = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || megabytes <= 0) throw new Error(`CATALOG_UPLOAD_MAX_MB: "${text}" is not a number of megabytes above 0.`)
  return Math.floor(megabytes * 1_000_000)
}

/**
 * `AVAILABILITY_STALE_HOURS`: how old the item-status export may be before record pages say that
 * the status shown may be out of date (default 24).
 */
export function availabilityStaleHours(env: Env = process.env): number {
  const text = value(env, 'AVAILABILITY_STALE_HOURS') ?? '24'
  const hours = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || hours <= 0) throw new Error(`AVAILABILITY_STALE_HOURS: "${text}" is not a number of hours above 0.`)
  return hours
}
