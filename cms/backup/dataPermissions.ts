import fs from 'node:fs'
import path from 'node:path'

import { readableByOthers } from '../../shared/privateFiles'
import { backupDir } from '../../shared/settings'
import { backupLocations } from './locations'

/**
 * Warnings for each file or folder of the library's private data (the embedded database, the
 * uploads, the backups and their folder) that other users of the machine may read, with the
 * command that closes it. Data made by this version is private from the start; older data,
 * or data copied in by hand, may not be.
 */
export function dataPermissionWarnings(env: NodeJS.ProcessEnv = process.env): string[] {
  const where = backupLocations(env)
  const backups = backupDir(env)
  const archives = fs.existsSync(backups) ? fs.readdirSync(backups).filter((name) => name.endsWith('.tar.gz')).map((name) => path.join(backups, name)) : []
  const paths = [...(where.kind === 'sqlite' ? [where.databaseFile] : []), where.mediaDir, backups, ...archives]
  return readableByOthers(paths).map(({ mode, path: file }) => {
    const folder = fs.statSync(file).isDirectory()
    return (
      `Warning: ${file} can be read by other users of this machine (mode ${mode}); it holds staff accounts or what they uploaded. ` +
      `Close it: chmod ${folder ? '-R go-rwx' : '600'} ${file}`
    )
  })
}
