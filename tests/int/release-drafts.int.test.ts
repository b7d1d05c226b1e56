/**
 * Drafts and the release check, with real builds: the site is built from this file's seeded
 * database into a temporary site folder by the code `npm start` publishes with.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, RequiredDataFromCollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../shared/paths'
import { buildRelease } from '../../publishing/buildRelease'
import { draftCheck } from '../../cms/publishing/draftTexts'
import { seededPayload } from './payload'

let payload: Payload
let dir: string
let siteDir: string
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  payload = await seededPayload()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-release-drafts-'))
  siteDir = path.join(dir, 'site')
  fs.mkdirSync(siteDir)
  // The build reads this file's database as `npm run build` does, through the Local API.
  env = { ...process.env, ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'), CATALOG_DIR: path.join(dir, 'catalog'), CMS_URL: '', SITE_URL: 'https://lib.example.org' }
})

afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))

const build = async () => buildRelease({ dir: siteDir, drafts: await draftCheck(payload), env })
const liveRelease = () => (fs.existsSync(path.join(siteDir, 'current')) ? fs.readlinkSync(path.join(siteDir, 'current')) : undefined)

/** Every interface string of the site, in both languages. */
const interfaceStrings = ['en.json', 'zh-CN.json'].flatMap((file) =>
  Object.values(JSON.parse(fs.readFileSync(path.join(projectRoot, 'site', 'i18n', file), 'utf8')) as Record<string, string>),
)

/** Weekday and month names as Intl writes them on the site's pages, in both languages. */
const calendarNames = ['zh-CN', 'en-US'].flatMap((locale) =>
  (['long', 'short'] as const).flatMap((style) => [
    ...Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: style }).format(Date.UTC(2024, 0, 7 + day))),
    ...Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(Date.UTC(2024, month, 15))),
  ]),
)

/** Words of the schema.org descriptions in every page and of the site's own text. */
const generatedWords = ['https://schema.org', 'Book', 'Event', 'EducationEvent', 'ExhibitionEvent', 'Library', 'NewsArticle', 'Place', 'PostalAddress', 'OpeningHoursSpecification', 'Liling', '醴陵市', '湖南省', 'Hunan']

/** Saves each title as a new draft, spread over the collections that have drafts, in Chinese (the default language). */
async function saveDrafts(titles: string[]): Promise<void> {
  const collections = payload.config.collections.filter((collection) => collection.versions?.drafts && collection.admin?.useAsTitle)
  for (const [index, title] of titles.entries()) {
    const collection = collections[index % collections.length]!
    await payload.create({
      collection: collection.slug as CollectionSlug,
      data: { [collection.admin.useAsTitle!]: title, slug: `draft-check-${index}` } as RequiredDataFromCollectionSlug<CollectionSlug>,
      draft: true,
    })
  }
}

describe('drafts and publishing', () => {
  it('still publishes while drafts are titled like the words the site shows anyway: every interface string, weekday and month name, schema.org term', { timeout: 600_000 }, async () => {
    const titles = [...new Set([...interfaceStrings, ...calendarNames, ...generatedWords])]
    expect(titles).toEqual(expect.arrayContaining(['Sunday', '星期日', '周日', 'https://schema.org', 'Book', 'Event', '活动日历', 'Events calendar (iCal)']))
    await saveDrafts(titles)

    const result = await build()
    expect(result.error).toBeUndefined()
    expect(result.release).toBeDefined()
    expect(liveRelease()).toBe(`releases/${result.release}`)
    expect(fs.readFileSync(path.join(siteDir, 'current', 'en', 'index.html'), 'utf8')).toContain('Liling City Library')
  })

  it('fails a build that shows a title only a draft has, naming it, and leaves the live site as it was', { timeout: 600_000 }, async () => {
    const { id } = await payload.create({ collection: 'news', data: { category: 'news', slug: 'winter-reading-month', title: '冬季阅读月开幕' }, draft: true })
    const drafts = await draftCheck(payload)
    expect(drafts.titles).toContainEqual({ collection: 'news', id, text: '冬季阅读月开幕' })
    const live = liveRelease()

    // As if the build read drafts: the draft goes on the site while the check still knows it as a draft.
    await payload.update({ id, collection: 'news', data: { _status: 'published' } })
    const result = await buildRelease({ dir: siteDir, drafts, env })
    expect(result.error).toMatch(new RegExp(`Draft text of news ${id} \\("冬季阅读月开幕"\\) appears in .+ and \\d+ more files\\.`))
    expect(liveRelease()).toBe(live)
  })
})
