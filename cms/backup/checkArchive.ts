import fs from 'node:fs'
import path from 'node:path'

import { unpackArchive } from './archive'
import { BackupError } from './errors'
import { digestFile } from './fileDigest'
import { type BackupManifest, DATABASE_ENTRY, MANIFEST_ENTRY, parseManifest } from './manifest'
import { integrityProblems } from './sqliteFile'

const SHOWN_PROBLEMS = 10

/**
 * Unpacks a backup into `folder` and checks all of it: the manifest is there and readable,
 * every file it lists is there with its size and SHA-256, nothing else is, and the database
 * passes `PRAGMA integrity_check`. Refuses with every problem named; returns the manifest.
 */
export async function unpackAndCheck(archive: string, folder: string): Promise<BackupManifest> {
  const { files, refused } = await unpackArchive(archive, folder)
  const unpacked = new Set(files.map((file) => file.replace(/^\.\//, '')))
  if (!unpacked.has(MANIFEST_ENTRY)) {
    throw new BackupError(`${archive} has no ${MANIFEST_ENTRY}: it is not a backup made by \`npm run backup\`.`)
  }
  let manifest: BackupManifest
  try {
    manifest = parseManifest(fs.readFileSync(path.join(folder, MANIFEST_ENTRY), 'utf8'))
  } catch (error) {
    throw new BackupError(`${archive}: ${(error as Error).message}`)
  }

  const problems = refused.map((entry) => `${entry} is not a plain file`)
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const file of unpacked) {
    if (file !== MANIFEST_ENTRY && !listed.has(file)) problems.push(`${file} is not in the manifest`)
  }
  for (const expected of manifest.files) {
    if (!unpacked.has(expected.path)) {
      problems.push(`${expected.path} is missing`)
      continue
    }
    const actual = await digestFile(path.join(folder, expected.path), expected.path)
    if (actual.bytes !== expected.bytes) problems.push(`${expected.path} has ${actual.bytes} bytes where the manifest says ${expected.bytes}`)
    else if (actual.sha256 !== expected.sha256) problems.push(`${expected.path} does not match its SHA-256 checksum in the manifest`)
  }
  // A database whose bytes are already wrong needs no integrity check to be refused.
  if (problems.length === 0) {
    const integrity = await integrityProblems(path.join(folder, DATABASE_ENTRY))
    if (integrity.length > 0) problems.push(`the database fails PRAGMA integrity_check: ${integrity.slice(0, SHOWN_PROBLEMS).join('; ')}`)
  }
  if (problems.length > 0) {
    const more = problems.length > SHOWN_PROBLEMS ? `; and ${problems.length - SHOWN_PROBLEMS} more` : ''
    throw new BackupError(`${archive} is not a sound backup: ${problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more}.`)
  }
  return manifest
}
