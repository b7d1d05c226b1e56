import fs from 'node:fs'
import path from 'node:path'

import { dataDir, projectRoot } from './paths'

/** The CMS's settings, read once from the environment. `.env.example` documents each one. */
export type CmsEnv = {
  /** Origins (besides the CMS's own) allowed to call the API from a browser, with or without a login. */
  allowedOrigins: string[]
  databaseUri: string
  mediaDir: string
  payloadSecret: string
  serverUrl: string
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
  const serverUrl = (env.SERVER_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`).replace(/\/+$/, '')
  return {
    allowedOrigins: allowedOrigins(serverUrl, env.ALLOWED_ORIGINS),
    databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
    mediaDir: mediaDir(env),
    payloadSecret,
    serverUrl,
  }
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
