/**
 * `npm run rollback`: makes the release before the live one the public site again, at once
 * (one symlink swap). The newer releases stay on disk; the next publish builds and goes live
 * as usual. Works whether or not `npm start` is running.
 */
import { listReleases, releaseTime, rollBack } from '../publishing/siteReleases'
import { siteDir } from '../shared/settings'

const dir = siteDir()
const when = (name: string) => releaseTime(name).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })

try {
  const { from, to } = rollBack(dir)
  console.log(`Kept releases in ${dir}/releases: ${listReleases(dir).join(', ')}`)
  console.log(`Rolled back: the site now serves the build of ${when(to)} (${to}) instead of ${when(from)} (${from}).`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
