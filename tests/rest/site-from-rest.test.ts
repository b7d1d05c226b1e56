import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { exportSite } from '../../publishing/exportSite'
import { page, textOf } from '../site/dist'

const cms = inject('cmsUrl')

describe('building the site from a running CMS', () => {
  it('reads every published item through the REST API when CMS_URL is set', { timeout: 300_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-rest-site-'))
    try {
      const distDir = path.join(dir, 'dist')
      // No database settings: the build must not fall back to the embedded database.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ASTRO_CACHE_DIR: path.join(dir, 'cache'),
        CMS_URL: cms,
        DATABASE_URI: 'file:/nonexistent/liling.db',
        PAYLOAD_SECRET: '',
      }
      await exportSite(distDir, env)
      const lectures = page(distDir, '/lectures/')
      expect(lectures.querySelectorAll('tbody tr:not(.group)').length).toBe(18)
      expect(textOf(page(distDir, '/en/report/2014/'))).toContain('10,550')
    } finally {
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })
})
