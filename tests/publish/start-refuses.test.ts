import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../shared/paths'

const start = (env: Record<string, string>) =>
  spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'scripts', 'start.ts')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: 'file:/nonexistent/never-created.db', ...env },
    timeout: 60_000,
  })

describe('the start command', () => {
  it('refuses to start with a weak PAYLOAD_SECRET, saying why, before touching anything', () => {
    const run = start({ PAYLOAD_SECRET: 'too-short' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('PAYLOAD_SECRET is too weak for production: it has 9 characters, 32 or more are needed')
  })

  it('refuses an allowed origin that is not an address, naming the setting', () => {
    const run = start({ ALLOWED_ORIGINS: 'library.example.org', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('ALLOWED_ORIGINS: "library.example.org" is not an address')
  })
})
