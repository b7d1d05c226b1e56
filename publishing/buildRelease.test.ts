import { describe, expect, it } from 'vitest'

import { buildErrorMessage } from './buildRelease'

describe("what a failed build's output says went wrong", () => {
  it('is the message Astro prints above the error location, over several lines', () => {
    const output = [
      '21:28:54 [content] Syncing content',
      'Pagefind could not index the pages:',
      'Failed to parse news/index.html',
      '  Location:',
      '    /work/main/node_modules/astro/dist/content/content-layer.js:220:5',
      '  Stack trace:',
      '    at fetchFromCms (/work/main/site/lib/cms/source.ts:28:9)',
    ]
    expect(buildErrorMessage(output)).toBe('Pagefind could not index the pages: Failed to parse news/index.html')
  })

  it('leaves out the progress line the error interrupted', () => {
    const output = [' generating static routes ', 'News item family-reading-signup has no Chinese text.', '  Location:', '    /work/main/site/lib/model/text.ts:26:21']
    expect(buildErrorMessage(output)).toBe('News item family-reading-signup has no Chinese text.')
  })

  it('says where, when Astro logged the error before its message', () => {
    const output = [
      '21:31:17 [ERROR] [liling-pagefind] An unhandled error occurred while running the "astro:build:done" hook',
      'Pagefind backend closed',
      '  Location:',
      '    /work/main/node_modules/pagefind/lib/service.js:63:28',
    ]
    expect(buildErrorMessage(output)).toBe('[ERROR] [liling-pagefind] An unhandled error occurred while running the "astro:build:done" hook Pagefind backend closed')
  })

  it('is a logged error line when there is one', () => {
    expect(buildErrorMessage(['21:28:54 [build] Building static entrypoints…', '21:28:55 [ERROR] [build] Could not render /news/'])).toBe('[ERROR] [build] Could not render /news/')
  })

  it('is a full disk, however the tool that hit it put it', () => {
    const output = ['[UNHANDLEABLE_ERROR] Something went wrong inside rolldown', 'Caused by:', '    No space left on device (os error 28)']
    expect(buildErrorMessage(output)).toBe('The disk is full: no space left on device.')
  })

  it('is nothing for output without an error', () => {
    expect(buildErrorMessage(['21:28:54 [build] Complete!'])).toBeUndefined()
  })
})
