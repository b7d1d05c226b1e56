/**
 * `npm run backup` and `npm run restore`, run as the commands they are (child processes with
 * this file's database, uploads folder and backup folder), against content seeded and uploaded
 * through Payload's Local API.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { BasePayload, type Payload } from 'payload'
import sharp from 'sharp'
import * as tar from 'tar'
import { afterAll, describe, expect, it } from 'vitest'

import { migrations } from '../../cms/migrations'
import config from '../../cms/payload.config'
import { projectRoot } from '../../shared/paths'
import { freePort } from '../../shared/freePort'
import { startLockFile, takeStartLock } from '../../cms/startLock'
import { seededPayload, staffUser } from './payload'

const databaseFile = process.env.DATABASE_URI!.slice('file:'.length)
const mediaDir = process.env.MEDIA_DIR!
const dataFolder = path.dirname(databaseFile)
const backupDir = path.join(dataFolder, 'backups')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-backup-work-'))
const codeMigrations = migrations.map((migration) => migration.name)
const COMMAND_TIMEOUT = 240_000
/** The port the commands take for the CMS's: free, so that a CMS running on this machine for other work does not count. */
const cmsPort = await freePort()

afterAll(() => fs.rmSync(work, { force: true, recursive: true }))

type Run = { code: number | null; stderr: string; stdout: string }

/** Runs `npm run backup` or `npm run restore` as a user would, with this file's settings. */
function run(command: 'backup' | 'restore', args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join('scripts', `${command}.ts`), ...args], {
      cwd: projectRoot,
      env: { ...process.env, BACKUP_DIR: backupDir, INIT_CWD: projectRoot, PORT: String(cmsPort), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr, stdout }))
  })
}

const lastLine = (text: string): string => text.trim().split('\n').at(-1) ?? ''
const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Every file below a folder, by relative path, with its SHA-256. */
function filesIn(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {}
  return Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(folder, file).split(path.sep).join('/'), sha256(file)])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  )
}

/** What a restore that refuses must leave exactly as it was. */
const stateOnDisk = () => ({ database: sha256(databaseFile), folder: fs.readdirSync(dataFolder).sort(), uploads: filesIn(mediaDir) })

/** Every document of every collection and every global, in every locale, published and draft. */
async function contentOf(payload: Payload): Promise<Record<string, unknown>> {
  const content: Record<string, unknown> = {}
  for (const draft of [false, true]) {
    for (const { slug } of payload.config.collections) {
      if (slug.startsWith('payload-')) continue
      const { docs } = await payload.find({ collection: slug, depth: 0, draft, locale: 'all', overrideAccess: true, pagination: false, sort: 'id' })
      content[`${slug}${draft ? ' (draft)' : ''}`] = docs
    }
    for (const { slug } of payload.config.globals) {
      content[`global ${slug}${draft ? ' (draft)' : ''}`] = await payload.findGlobal({ slug, depth: 0, draft, locale: 'all', overrideAccess: true })
    }
  }
  return content
}

async function documentCounts(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { slug } of payload.config.collections) {
    if (!slug.startsWith('payload-')) counts[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
  }
  return counts
}

/** Disconnects a Payload instance from the database file, as stopping `npm start` would. */
async function disconnect(payload: Payload): Promise<void> {
  await payload.destroy()
  ;(payload.db as unknown as { client: { close: () => void } }).client.close()
  // libSQL closes the file in the background, a moment later: a restore refuses while it is open.
  await waitUntil(() => !fs.readdirSync('/proc/self/fd').some((fd) => readLink(`/proc/self/fd/${fd}`) === databaseFile))
}

const picture = (width: number, height: number, red: number) =>
  sharp({ create: { background: { b: 90, g: 140, r: red }, channels: 3, height, width } })

async function upload(payload: Payload, name: string, data: Buffer, mimetype: string, alt: string) {
  return payload.create({ collection: 'media', data: { alt }, file: { data, mimetype, name, size: data.length }, overrideAccess: true })
}

const readLink = (link: string) => {
  try {
    return fs.readlinkSync(link)
  } catch {
    return ''
  }
}

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50))
}

/** The pid of a process that has already ended. */
const endedPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!

/** Unpacks the backup, lets `change` damage it, and packs it again. */
async function tampered(archive: string, name: string, change: (folder: string) => void): Promise<string> {
  const folder = path.join(work, name)
  fs.mkdirSync(folder)
  await tar.x({ cwd: folder, file: archive })
  change(folder)
  const out = path.join(work, `${name}.tar.gz`)
  await tar.c({ cwd: folder, file: out, gzip: true }, fs.readdirSync(folder))
  return out
}

async function expectRefused(archive: string, reason: RegExp): Promise<void> {
  const before = stateOnDisk()
  const restore = await run('restore', [archive])
  expect(restore.code).toBe(1)
  expect(restore.stderr).toMatch(/^Restore failed: /)
  expect(restore.stderr).toMatch(reason)
  expect(restore.stderr).toContain('Nothing was changed.')
  expect(stateOnDisk()).toEqual(before)
}

describe('npm run backup and npm run restore', () => {
  let archive = ''
  let original: { content: Record<string, unknown>; uploads: Record<string, string> }
  let payload: Payload
  let readingRoom: { filename?: string | null; id: number }
  let bookVan: { id: number }

  it(
    'back up a consistent snapshot of the database while the CMS is saving, every upload, and a manifest of both',
    async () => {
      payload = await seededPayload()
      await staffUser(payload, 'admin', 'admin@example.org')
      readingRoom = await upload(payload, '阅览室.png', await picture(1800, 1200, 30).png().toBuffer(), 'image/png', '阅览室')
      await payload.update({ id: readingRoom.id, collection: 'media', data: { alt: 'The reading room' }, locale: 'en', overrideAccess: true })
      bookVan = await upload(payload, 'book-van.jpg', await picture(1000, 700, 200).jpeg().toBuffer(), 'image/jpeg', '流动图书车')
      const [first] = (await payload.find({ collection: 'news', depth: 0, limit: 1, overrideAccess: true, sort: 'id' })).docs
      await payload.update({ id: first!.id, collection: 'news', data: { cover: readingRoom.id }, overrideAccess: true })
      original = { content: await contentOf(payload), uploads: filesIn(mediaDir) }
      const counts = await documentCounts(payload)
      // The original and its resized copies (thumbnail, card, large) of both pictures.
      expect(Object.keys(original.uploads).length).toBeGreaterThanOrEqual(6)

      // The CMS in the middle of a save while the backup runs: a write transaction begun, not committed.
      const [last] = (await payload.find({ collection: 'news', depth: 0, limit: 1, overrideAccess: true, sort: '-id' })).docs
      const cms = createClient({ url: `file:${databaseFile}` })
      await cms.execute('PRAGMA foreign_keys = ON')
      const saving = await cms.transaction('write')
      await saving.execute({ args: [last!.id], sql: 'DELETE FROM news WHERE id = ?' })
      await saving.execute("UPDATE lectures_locales SET topic = 'Changed during the backup' WHERE _locale = 'en'")
      const backup = await run('backup', [])
      await saving.commit()
      cms.close()

      expect(backup.code, backup.stderr).toBe(0)
      const summary = lastLine(backup.stdout).match(/^Backup done: (\d+) documents, (\d+) uploads \([^)]+\), ([\d,]+) bytes.* in (.+)$/)
      expect(summary, backup.stdout).not.toBeNull()
      archive = path.resolve(projectRoot, summary![4]!)
      expect(path.dirname(archive)).toBe(backupDir)
      expect(fs.statSync(archive).size).toBe(Number(summary![3]!.replaceAll(',', '')))
      expect(Number(summary![1])).toBe(Object.values(counts).reduce((sum, count) => sum + count, 0))
      expect(Number(summary![2])).toBe(Object.keys(original.uploads).length)
      expect(fs.readdirSync(backupDir)).toEqual([path.basename(archive)])
      // It holds the staff's password hashes: its owner alone may read it.
      expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
      expect(fs.statSync(backupDir).mode & 0o777).toBe(0o700)

      const manifest = JSON.parse((await fs.promises.readFile(await unpackedManifest(archive))).toString())
      expect(Date.parse(manifest.createdAt)).not.toBeNaN()
      expect(manifest.migrations.map((migration: { name: string }) => migration.name)).toEqual(codeMigrations)
      // The uncommitted save is not in the snapshot: news still has every item.
      expect(manifest.documents).toEqual(counts)
      const uploads = manifest.files.filter((file: { path: string }) => file.path.startsWith('uploads/'))
      expect(Object.fromEntries(uploads.map((file: { path: string; sha256: string }) => [file.path.slice('uploads/'.length), file.sha256]))).toEqual(
        original.uploads,
      )
      for (const file of uploads) expect(file.bytes).toBe(fs.statSync(path.join(mediaDir, file.path.slice('uploads/'.length))).size)
      expect(manifest.files[0].path).toBe('database.sqlite')
    },
    COMMAND_TIMEOUT,
  )

  it(
    'restore every document, global and upload exactly as backed up, and keep the data they replace aside',
    async () => {
      // Work goes on after the backup: an upload deleted, one added, one damaged, a global and a user changed.
      await payload.delete({ id: bookVan.id, collection: 'media', overrideAccess: true })
      await upload(payload, 'new-shelves.webp', await picture(900, 600, 120).webp().toBuffer(), 'image/webp', '新书架')
      await payload.updateGlobal({ slug: 'library-profile', data: { name: 'Somewhere else' }, locale: 'en', overrideAccess: true })
      await staffUser(payload, 'editor', 'editor@example.org')
      fs.writeFileSync(path.join(mediaDir, readingRoom.filename!), 'not the picture any more')
      await disconnect(payload)
      const replaced = { database: sha256(databaseFile), uploads: filesIn(mediaDir) }
      expect(replaced.uploads).not.toEqual(original.uploads)
      // A lock left behind by a start that crashed does not stop a restore.
      fs.writeFileSync(startLockFile(), JSON.stringify({ pid: endedPid(), startedAt: new Date().toISOString() }))

      const restore = await run('restore', [archive])
      expect(restore.code, restore.stderr).toBe(0)
      const summary = lastLine(restore.stdout)
      expect(summary).toMatch(/^Restore done: \d+ documents \(/)
      const aside = fs.readdirSync(dataFolder).filter((name) => name.startsWith('before-restore-'))
      expect(aside).toHaveLength(1)
      expect(summary).toContain(`the data it replaced is in ${path.join(dataFolder, aside[0]!)}`)

      expect(filesIn(mediaDir)).toEqual(original.uploads)
      expect(fs.statSync(databaseFile).mode & 0o777).toBe(0o600)
      expect(fs.statSync(mediaDir).mode & 0o777).toBe(0o700)
      expect(fs.statSync(path.join(dataFolder, aside[0]!)).mode & 0o777).toBe(0o700)
      const restored = await new BasePayload().init({ config, disableOnInit: true })
      try {
        expect(await contentOf(restored)).toEqual(original.content)
        for (const [slug, count] of Object.entries(await documentCounts(restored))) expect(summary).toContain(`${slug} ${count}`)
      } finally {
        await disconnect(restored)
      }

      const asideFolder = path.join(dataFolder, aside[0]!)
      expect(sha256(path.join(asideFolder, path.basename(databaseFile)))).toBe(replaced.database)
      expect(filesIn(path.join(asideFolder, path.basename(mediaDir)))).toEqual(replaced.uploads)
      expect(fs.readdirSync(dataFolder).filter((name) => name.startsWith('.restore-'))).toEqual([])
    },
    COMMAND_TIMEOUT,
  )

  it('refuse a truncated archive, and change nothing', async () => {
    const bytes = fs.readFileSync(archive)
    const truncated = path.join(work, 'truncated.tar.gz')
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    await expectRefused(truncated, /truncated\.tar\.gz cannot be read: it is truncated/)
  }, COMMAND_TIMEOUT)

  it('refuse an archive whose upload does not match its checksum, naming the file, and change nothing', async () => {
    const damaged = await tampered(archive, 'damaged-upload', (folder) => {
      const file = path.join(folder, 'uploads', readingRoom.filename!)
      const bytes = fs.readFileSync(file)
      bytes[bytes.length >> 1]! ^= 0xff
      fs.writeFileSync(file, bytes)
    })
    await expectRefused(damaged, new RegExp(`uploads/${readingRoom.filename} does not match its SHA-256 checksum`))
  }, COMMAND_TIMEOUT)

  it('refuse an archive without its manifest, and change nothing', async () => {
    const bare = await tampered(archive, 'no-manifest', (folder) => fs.rmSync(path.join(folder, 'manifest.json')))
    await expectRefused(bare, /has no manifest\.json/)
  }, COMMAND_TIMEOUT)

  it('refuse a database that fails PRAGMA integrity_check, even with checksums to match, and change nothing', async () => {
    const corrupt = await tampered(archive, 'corrupt-database', (folder) => {
      const database = path.join(folder, 'database.sqlite')
      const bytes = fs.readFileSync(database)
      const pageSize = bytes.readUInt16BE(16)
      bytes.fill(0xab, pageSize * Math.floor(bytes.length / pageSize / 2), pageSize * (Math.floor(bytes.length / pageSize / 2) + 1))
      fs.writeFileSync(database, bytes)
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
      manifest.files[0] = { bytes: bytes.length, path: 'database.sqlite', sha256: sha256(database) }
      fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest))
    })
    await expectRefused(corrupt, /the database fails PRAGMA integrity_check/)
  }, COMMAND_TIMEOUT)

  it('refuse to restore while npm start is running, and change nothing', async () => {
    const lock = takeStartLock()
    if (!('release' in lock)) throw new Error(`the start lock is held by process ${lock.heldBy.pid}`)
    try {
      await expectRefused(archive, new RegExp(`npm start is running \\(process ${process.pid}, started `))
    } finally {
      lock.release()
    }
  }, COMMAND_TIMEOUT)

  it('refuse to restore while another process has the database open, naming it, and change nothing', async () => {
    // A CMS left running by a start that was killed holds the database as this one does.
    const holder = spawn(process.execPath, ['-e', `require('fs').openSync(${JSON.stringify(databaseFile)}, 'r'); setInterval(() => {}, 1000)`])
    try {
      await waitUntil(() => fs.readdirSync(`/proc/${holder.pid}/fd`).some((fd) => readLink(`/proc/${holder.pid}/fd/${fd}`) === databaseFile))
      await expectRefused(archive, new RegExp(`process ${holder.pid} \\(.*\\) has the database .* open: stop it \\(kill ${holder.pid}\\), then restore`))
    } finally {
      holder.kill('SIGKILL')
    }
  }, COMMAND_TIMEOUT)

  it('refuse to restore while a process serves the CMS port, and change nothing', async () => {
    const server = net.createServer().listen(cmsPort, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      await expectRefused(archive, new RegExp(`process ${process.pid} \\(.*\\) serves port ${cmsPort} \\(PORT\\), where the CMS runs`))
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }, COMMAND_TIMEOUT)

  it(
    'migrate a backup older than the code, onto a machine with no data yet',
    async () => {
      const old = path.join(work, 'old')
      fs.mkdirSync(old)
      // A database never migrated: the oldest a backup can be.
      fs.writeFileSync(path.join(old, 'empty.db'), '')
      const oldArchive = path.join(old, 'old.tar.gz')
      const backup = await run('backup', ['--out', oldArchive], { DATABASE_URI: `file:${path.join(old, 'empty.db')}`, MEDIA_DIR: path.join(old, 'media') })
      expect(backup.code, backup.stderr).toBe(0)

      const target = path.join(old, 'new-machine', 'liling.db')
      const restore = await run('restore', [oldArchive], { DATABASE_URI: `file:${target}`, MEDIA_DIR: path.join(old, 'new-machine', 'media') })
      expect(restore.code, restore.stderr).toBe(0)
      expect(restore.stdout).toContain(`migrated: ${codeMigrations.join(', ')}`)
      expect(lastLine(restore.stdout)).toMatch(/there was no data before to keep$/)
      const client = createClient({ url: `file:${target}` })
      try {
        const { rows } = await client.execute('SELECT name FROM payload_migrations ORDER BY id')
        expect(rows.map((row) => row.name)).toEqual(codeMigrations)
      } finally {
        client.close()
      }
    },
    COMMAND_TIMEOUT,
  )

  it('with MongoDB, point to mongodump and mongorestore and to the uploads folder, without repeating the URI', async () => {
    const env = { DATABASE_URI: 'mongodb+srv://liling:s3cret-pass@cluster0.example.net/liling' }
    const backup = await run('backup', [], env)
    expect(backup.code).toBe(1)
    expect(backup.stderr).toContain('mongodump --uri="$DATABASE_URI" --gzip --archive=')
    expect(backup.stderr).toContain(`copy the uploads folder too (MEDIA_DIR, ${mediaDir})`)
    expect(backup.stderr).not.toContain('s3cret')
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(archive)])

    const before = stateOnDisk()
    const restore = await run('restore', [archive], env)
    expect(restore.code).toBe(1)
    expect(restore.stderr).toContain('mongorestore --uri="$DATABASE_URI" --gzip --archive=')
    expect(restore.stderr).toContain(`put the uploads folder back too (MEDIA_DIR, ${mediaDir})`)
    expect(restore.stderr).not.toContain('s3cret')
    expect(stateOnDisk()).toEqual(before)
  }, COMMAND_TIMEOUT)
})

/** Extracts only `manifest.json` of an archive, and returns where it is. */
async function unpackedManifest(archive: string): Promise<string> {
  const folder = fs.mkdtempSync(path.join(work, 'manifest-'))
  await tar.x({ cwd: folder, file: archive }, ['manifest.json'])
  return path.join(folder, 'manifest.json')
}
