/**
 * Part of `npm test`, before the type check: fails when the committed generated files
 * (`cms/payload-types.ts`, the admin's import map) no longer match the Payload config
 * (regenerate them with `npm run generate`), then writes Astro's content types (`astro sync`,
 * reading an empty scratch database).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { run } from '../shared/run'

// Only the config's shape is read here; nothing connects to a database.
process.env.PAYLOAD_SECRET ||= 'check-generated-files-only-never-used-to-sign'
const { default: configPromise } = await import('../cms/payload.config')
const config = await configPromise

const stale: string[] = []
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-check-'))

const typesFile = config.typescript.outputFile
process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(scratch, 'payload-types.ts')
await generateTypes(config, { log: false })
if (fs.readFileSync(process.env.PAYLOAD_TS_OUTPUT_PATH, 'utf8') !== fs.readFileSync(typesFile, 'utf8')) {
  stale.push(path.relative(process.cwd(), typesFile))
}

const importMapFile = config.admin.importMap.importMapFile!
const candidate = path.join(path.dirname(importMapFile), 'importMap.check.js')
config.admin.importMap.importMapFile = candidate
try {
  await generateImportMap(config, { force: true, log: false })
  if (fs.readFileSync(candidate, 'utf8') !== fs.readFileSync(importMapFile, 'utf8')) {
    stale.push(path.relative(process.cwd(), importMapFile))
  }
} finally {
  fs.rmSync(candidate, { force: true })
  fs.rmSync(scratch, { force: true, recursive: true })
}

if (stale.length > 0) {
  console.error(`Stale generated files: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`)
  process.exit(1)
}
console.log('Generated files are up to date (payload-types.ts, importMap.js).')

const syncDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-sync-'))
try {
  await run('npx', ['astro', 'sync'], {
    env: { ...process.env, CMS_URL: '', DATABASE_URI: `file:${path.join(syncDir, 'sync.db')}`, MEDIA_DIR: path.join(syncDir, 'media') },
  })
} finally {
  fs.rmSync(syncDir, { force: true, recursive: true })
}
