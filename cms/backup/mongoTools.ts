import { timeStamp } from '../../shared/timeStamp'

/**
 * What to do instead when the content lives in MongoDB: these commands handle the embedded
 * SQLite file only, and MongoDB's own tools take a consistent dump of a replica set.
 * The URI is never repeated, since it usually holds a password.
 */
export function mongoToolsAdvice(command: 'backup' | 'restore', mediaDir: string, now = new Date()): string {
  const day = timeStamp(now).slice(0, 10)
  const dump = `liling-${day}.mongodump.gz`
  const uploads = `liling-media-${day}.tar.gz`
  const uri = '--uri="$DATABASE_URI"'
  if (command === 'backup') {
    return [
      'DATABASE_URI points at MongoDB: `npm run backup` backs up the embedded SQLite database only.',
      'Back MongoDB up with its own tool, mongodump (MongoDB Database Tools), with DATABASE_URI as in .env:',
      `  mongodump ${uri} --gzip --archive=${dump}`,
      `The uploads are not in the database: copy the uploads folder too (MEDIA_DIR, ${mediaDir}):`,
      `  tar -czf ${uploads} -C "${mediaDir}" .`,
    ].join('\n')
  }
  return [
    'DATABASE_URI points at MongoDB: `npm run restore` restores the embedded SQLite database only.',
    'Stop `npm start`, then restore MongoDB with its own tool, mongorestore (MongoDB Database Tools), with DATABASE_URI as in .env:',
    `  mongorestore ${uri} --gzip --archive=${dump} --drop`,
    `The uploads are not in the database: put the uploads folder back too (MEDIA_DIR, ${mediaDir}):`,
    `  mkdir -p "${mediaDir}" && tar -xzf ${uploads} -C "${mediaDir}"`,
  ].join('\n')
}
