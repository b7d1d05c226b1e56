/**
 * The commands that write (catalog import, site build, backup) on a disk that fills up: each
 * fails saying the disk is full, removes what it half-wrote, and leaves what was there before as
 * it was; with space again, each succeeds.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../shared/paths'
import { type CommandResult, SmallDisk } from './smallDisk'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-disk-full-'))
const disk = path.join(work, 'disk')
const catalog = path.join(disk, 'catalog')
const dist = path.join(disk, 'dist')
const backups = path.join(disk, 'backups')
const marc = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'marc', name)
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')
/** The library's settings: the database and uploads on the big disk, what the commands write on the small one. */
const env = {
  BACKUP_DIR: backups,
  CATALOG_DIR: catalog,
  DATABASE_URI: `file:${path.join(work, 'liling.db')}`,
  FORCE_COLOR: '0',
  INIT_CWD: projectRoot,
  MEDIA_DIR: path.join(work, 'media'),
  PAYLOAD_SECRET: 'disk-full-tests-only-secret-0123456789abcdef',
}
let small: SmallDisk

beforeAll(() => {
  // Room for a lock and a report, not for the catalog's records: the import fails half-way through writing.
  small = SmallDisk.start(disk, '48m', 24)
})

afterAll(() => {
  small?.stop()
})

const command = (script: string, ...args: string[]) => small.run([tsx, path.join(projectRoot, 'scripts', script), ...args], env)
const importCatalog = (file: string) => command('catalog/import.ts', '--incremental', marc(file))
const exportSite = () => command('build.ts', dist)
const backUp = () => command('backup.ts')
/** What is on the small disk, as the commands inside its namespace see it. */
const shell = async (line: string): Promise<string> => {
  const result = await small.run(['bash', '-c', line])
  if (result.code !== 0) throw new Error(`${line} failed: ${result.output}`)
  return result.output.trim()
}
const succeeded = (result: CommandResult) => expect(result.code, result.output).toBe(0)

/** The state a failed command must leave as it was: the live catalog, the built site, the backups. */
const livedata = async () => ({
  backups: await shell(`ls -A ${backups}`),
  catalog: await shell(`readlink ${catalog}/current && ls ${catalog}/builds && wc -l < ${catalog}/current/records.ndjson`),
  site: await shell(`sha256sum ${dist}/index.html ${dist}/en/index.html && find ${dist} -type f | wc -l`),
})

describe('a disk that fills up', () => {
  it('makes the catalog import, the site build and the backup fail saying so, leaving what was there as it was; with space again, each succeeds', async () => {
    succeeded(await importCatalog('cnmarc-dp2.utf8.mrc'))
    succeeded(await exportSite())
    succeeded(await backUp())
    const before = await livedata()
    expect(before.catalog).toMatch(/\n10$/)

    await small.fill()
    const failedImport = await importCatalog('bu_bibs.mrc')
    expect(failedImport.code).toBe(1)
    expect(failedImport.output).toMatch(/Catalog import failed: The disk is full \(no space left on device\)/)
    expect(failedImport.output).toContain('the catalog of 10 records was left as it was')
    const failedBuild = await exportSite()
    expect(failedBuild.code).toBe(1)
    expect(failedBuild.output).toMatch(/The site was not built, and .*dist was left as it was: The disk is full/)
    console.log("MESSAGES\n" + [failedImport, failedBuild].map((r) => r.output.trim().split("\n").slice(-2).join("\n")).join("\n---\n"))
    const failedBackup = await backUp()
    console.log("BACKUP\n" + failedBackup.output.trim().split("\n").slice(-2).join("\n"))
    expect(failedBackup.code).toBe(1)
    expect(failedBackup.output).toMatch(/Backup failed: The disk is full \(.*\)\. What was half-written is removed; the database and uploads were not touched\./)

    expect(await livedata()).toEqual(before)
    // Nothing half-written is left to fill the disk: no catalog build, no staged site, no partial archive.
    expect(await shell(`ls -A ${disk}`)).toBe(['.filler', 'backups', 'catalog', 'dist'].join('\n'))
    expect(await shell(`ls -A ${catalog}`)).toBe(['availability', 'availability-sets', 'builds', 'current', 'import-report.txt'].join('\n'))

    await small.free()
    const imported = await importCatalog('bu_bibs.mrc')
    succeeded(imported)
    expect(imported.output).toMatch(/100 new/)
    succeeded(await exportSite())
    succeeded(await backUp())
    expect((await shell(`ls -A ${backups}`)).split('\n')).toHaveLength(2)
  })
})
