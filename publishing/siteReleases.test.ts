import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeEach, describe, expect, it } from 'vitest'

import { discardStaging, listReleases, liveLink, liveRelease, promoteRelease, pruneReleases, releaseName, releaseTime, rollBack, startRelease } from './siteReleases'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-releases-'))
})

/** A finished build with one page saying `text`, made live; returns its name. */
function publish(text: string, at: Date): string {
  const staging = startRelease(dir, at)
  fs.writeFileSync(path.join(staging, 'index.html'), text)
  return promoteRelease(dir, staging)
}
const servedPage = () => fs.readFileSync(path.join(liveLink(dir), 'index.html'), 'utf8')

describe('site releases', () => {
  it('serve nothing before the first build, then the newest promoted build', () => {
    expect(liveRelease(dir)).toBeUndefined()
    publish('first', new Date('2026-12-01T08:00:00Z'))
    const second = publish('second', new Date('2026-12-01T09:00:00Z'))
    expect(liveRelease(dir)).toBe(second)
    expect(servedPage()).toBe('second')
  })

  it('never serve a build still in staging', () => {
    publish('live', new Date('2026-12-01T08:00:00Z'))
    const staging = startRelease(dir)
    fs.writeFileSync(path.join(staging, 'index.html'), 'half-written')
    expect(servedPage()).toBe('live')
    expect(discardStaging(dir)).toBe(1)
    expect(fs.existsSync(staging)).toBe(false)
  })

  it('keep the live release and the two before it', () => {
    const names = ['08', '09', '10', '11', '12'].map((hour) => publish(hour, new Date(`2026-12-01T${hour}:00:00Z`)))
    pruneReleases(dir)
    expect(listReleases(dir)).toEqual(names.slice(-3))
  })

  it('roll back to the release before the live one, and say when there is none', () => {
    const first = publish('first', new Date('2026-12-01T08:00:00Z'))
    const second = publish('second', new Date('2026-12-01T09:00:00Z'))
    expect(rollBack(dir)).toEqual({ from: second, to: first })
    expect(servedPage()).toBe('first')
    expect(() => rollBack(dir)).toThrow(/no earlier release/)
  })

  it('never prune the live release, even an old one rolled back to', () => {
    const names = ['08', '09', '10', '11'].map((hour) => publish(hour, new Date(`2026-12-01T${hour}:00:00Z`)))
    rollBack(dir)
    rollBack(dir)
    rollBack(dir)
    pruneReleases(dir)
    expect(listReleases(dir)).toEqual([names[0], names[2], names[3]])
    expect(servedPage()).toBe('08')
  })

  it('name releases by the time their build started', () => {
    const at = new Date('2026-12-07T00:00:05.123Z')
    expect(releaseName(at)).toBe('2026-12-07T00-00-05-123Z')
    expect(releaseTime(releaseName(at))).toEqual(at)
  })
})
