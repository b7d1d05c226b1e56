import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { testPayload } from './payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe('the committed migrations', () => {
  it('describe the schema of the config, so that a new start needs no manual step', async () => {
    const payload = await testPayload()
    // The same comparison `payload migrate:create` makes, without its prompts.
    const db = payload.db as typeof payload.db & { migrationDir: string; requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const latestSnapshot = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latestSnapshot, 'no migration is committed').toBeDefined()

    const kit = db.requireDrizzleKit()
    const committed = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latestSnapshot!), 'utf8'))
    const pending = await kit.generateMigration(committed, await kit.generateDrizzleJson(db.schema))
    expect(pending, 'the config changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
  })
})
