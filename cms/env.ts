import fs from 'node:fs'
import path from 'node:path'

import { dataDir, projectRoot } from '../shared/paths'

/** The CMS's settings, read once from the environment. `.env.example` documents each one. */
export type CmsEnv = {
  /** Origins (besides the CMS's own) allowed to call the API from a browser, with or without a login. */
  allowedOrigins: string[]
  databaseUri: string
  mediaDir: string
  payloadSecret: string
  secureCookies: boolean
  serverUrl: string
  /** How many proxies in front of the CMS add the client's address to X-Forwarded-For. */
  trustedProxies: number
}

export const DEFAULT_DATABASE_URI = 'file:data/liling.db'
const MIN_PRODUCTION_SECRET_LENGTH = 32

/** Loads `.env` from the project root into `process.env`; variables already set win. */
export function loadDotEnv(file = path.join(projectRoot, '.env')): void {
  if (fs.existsSync(file)) process.loadEnvFile(file)
}

// Importing this module loads `.env`, before any other module of the config reads a setting.
loadDotEnv()

/** Where uploads are stored: `MEDIA_DIR`, relative to the project root, or `data/media`. */
export const mediaDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.MEDIA_DIR?.trim() ? path.resolve(projectRoot, env.MEDIA_DIR.trim()) : path.join(dataDir, 'media')

/** The address the CMS is reached at: `SERVER_URL`, or http://localhost on `PORT`. */
export const serverUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.SERVER_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`).replace(/\/+$/, '')

/**
 * Whether the login cookie is sent only over HTTPS (`Secure`): when the CMS's address is https.
 * Browsers never send a Secure cookie over plain http, so at http://localhost logins still work.
 */
export const secureCookies = (env: NodeJS.ProcessEnv = process.env): boolean =>
  URL.canParse(serverUrl(env)) && new URL(serverUrl(env)).protocol === 'https:'

/**
 * Reads and checks the CMS's settings. A missing or weak required variable stops start-up
 * with a message that names it.
 */
export function readEnv(env: NodeJS.ProcessEnv = process.env): CmsEnv {
  const payloadSecret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (!payloadSecret) {
    throw new Error(
      'PAYLOAD_SECRET is not set. It signs login tokens: put a random string of 32 or more characters in .env ' +
        '(see .env.example; `npm start` creates one for you).',
    )
  }
  if (env.NODE_ENV === 'production' && payloadSecret.length < MIN_PRODUCTION_SECRET_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET is too weak for production: it has ${payloadSecret.length} characters, ` +
        `${MIN_PRODUCTION_SECRET_LENGTH} or more are needed (e.g. \`openssl rand -hex 32\`).`,
    )
  }
  return {
    allowedOrigins: allowedOrigins(serverUrl(env), env.ALLOWED_ORIGINS),
    databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
    mediaDir: mediaDir(env),
    payloadSecret,
    secureCookies: secureCookies(env),
    serverUrl: serverUrl(env),
    trustedProxies: trustedProxies(env),
  }
}

/**
 * `TRUSTED_PROXIES`: how many proxies in front of the CMS append to X-Forwarded-For (0, the
 * default, when clients connect directly). Anything but a whole number stops start-up.
 */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.TRUSTED_PROXIES?.trim() || '0'
  if (!/^\d+$/.test(value)) {
    throw new Error(`TRUSTED_PROXIES: "${value}" is not a number of proxies, such as 1 for the nginx of docs/production.md.`)
  }
  return Number(value)
}

const originOf = (variable: string, value: string): string => {
  const origin = URL.canParse(value) ? new URL(value).origin : 'null'
  if (origin === 'null') throw new Error(`${variable}: "${value}" is not an address such as https://library.example.org.`)
  return origin
}

/**
 * The CMS's own origin and those listed in `ALLOWED_ORIGINS` (comma-separated). A value that
 * is not an address stops start-up with a message naming its variable.
 */
export function allowedOrigins(serverUrl: string, listed = ''): string[] {
  const extra = listed.split(',').map((value) => value.trim()).filter(Boolean)
  return [...new Set([originOf('SERVER_URL', serverUrl), ...extra.map((value) => originOf('ALLOWED_ORIGINS', value))])]
}
