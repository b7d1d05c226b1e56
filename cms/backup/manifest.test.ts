import { describe, expect, it } from 'vitest'

import { isBackupPath, makeManifest, parseManifest } from './manifest'

const sha = 'a'.repeat(64)
const valid = () =>
  makeManifest({
    createdAt: '2026-12-01T21:04:53.000Z',
    documents: { news: 13, users: 1 },
    files: [
      { bytes: 4096, path: 'database.sqlite', sha256: sha },
      { bytes: 12, path: 'uploads/阅览室.png', sha256: sha },
    ],
    migrations: [{ batch: 1, name: '20261125_140712_initial' }],
  })
const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...valid(), ...change })

describe('the backup manifest', () => {
  it('reads back what a backup writes', () => {
    expect(parseManifest(JSON.stringify(valid()))).toEqual(valid())
  })

  it('refuses what is not a manifest of ours, naming the problem', () => {
    expect(() => parseManifest('{"format":')).toThrow(/not valid JSON/)
    expect(() => parseManifest('{"files":[]}')).toThrow(/not the manifest of a backup made by `npm run backup`/)
    expect(() => parseManifest(withChange({ version: 2 }))).toThrow(/version 2; this code reads version 1/)
    expect(() => parseManifest(withChange({ documents: { news: -1 } }))).toThrow(/document counts/)
    expect(() => parseManifest(withChange({ files: valid().files.slice(1) }))).toThrow(/does not list the database/)
    expect(() => parseManifest(withChange({ files: [...valid().files, { bytes: 1, path: 'uploads/x', sha256: 'abc' }] }))).toThrow(
      /size and SHA-256 for uploads\/x/,
    )
  })

  it('refuses paths that would land outside the restored folders', () => {
    for (const bad of ['../etc/passwd', '/etc/passwd', 'uploads/../../x', 'uploads/./x', 'notes.txt', 'uploads\\x', 'uploads/']) {
      expect(isBackupPath(bad), bad).toBe(false)
    }
    expect(isBackupPath('uploads/2026/阅览室-400x300.png')).toBe(true)
    expect(() => parseManifest(withChange({ files: [...valid().files, { bytes: 1, path: '../x', sha256: sha }] }))).toThrow(/bad or repeated path: "..\/x"/)
  })
})
