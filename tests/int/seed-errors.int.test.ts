import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEFAULT_CONTENT_DIR } from '../../cms/seed/contentFiles'
import { seed } from '../../cms/seed'
import { testPayload } from './payload'

/** A copy of content/ with `lectures.yaml` replaced. */
function contentWithLectures(lecturesYaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liling-content-'))
  fs.cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'lectures.yaml'), lecturesYaml)
  return dir
}

describe('a bad item in the seed content', () => {
  it('stops the seed with a message naming the file, the item and the field, and stores nothing of that item', async () => {
    const payload = await testPayload()
    const contentDir = contentWithLectures(`
- slug: good-talk
  topic: { zh: 诗词讲座, en: Poetry talk }
  startDate: '2014-12-21'
  attendance: 40
- slug: impossible-talk
  topic: { zh: 故事讲述, en: Storytelling }
  startDate: '2014-10-01'
  endDate: '2014-11-31'
  attendance: 700
`)
    await expect(seed(payload, { contentDir, log: () => {} })).rejects.toThrow(
      /content\/lectures\.yaml, item "impossible-talk": endDate: .*2014-11-31/,
    )
    const { docs } = await payload.find({ collection: 'lectures', pagination: false })
    expect(docs.map((lecture) => lecture.slug)).toEqual(['good-talk'])
  })

  it('names a content file that is not a list', async () => {
    const payload = await testPayload()
    const contentDir = contentWithLectures('topic: not a list\n')
    await expect(seed(payload, { contentDir, log: () => {} })).rejects.toThrow(/lectures\.yaml must be a list of items/)
  })
})
