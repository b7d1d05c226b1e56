import type { PagefindIndex } from 'pagefind'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { checkPagefind, withPagefindIndex } from './pagefindIndex'

const pagefind = vi.hoisted(() => ({ close: vi.fn(), createIndex: vi.fn() }))
vi.mock('pagefind', () => pagefind)

const index = {} as PagefindIndex

beforeEach(() => {
  pagefind.close.mockReset().mockResolvedValue(null)
  pagefind.createIndex.mockReset().mockResolvedValue({ errors: [], index })
})

describe('checkPagefind', () => {
  it('passes an empty error list and fails with every error of a non-empty one, naming the step', () => {
    expect(() => checkPagefind('write the index', [])).not.toThrow()
    expect(() => checkPagefind('write the index', ['No space left on device (os error 28)', 'second'])).toThrow(
      'Pagefind could not write the index:\nNo space left on device (os error 28)\nsecond',
    )
  })
})

describe('withPagefindIndex', () => {
  it('hands the new index to the work, returns its result and closes Pagefind', async () => {
    await expect(withPagefindIndex({ forceLanguage: 'zh-cn' }, async (given) => (given === index ? 'done' : 'other'))).resolves.toBe('done')
    expect(pagefind.createIndex).toHaveBeenCalledWith({ forceLanguage: 'zh-cn' })
    expect(pagefind.close).toHaveBeenCalledOnce()
  })

  it('fails when Pagefind cannot start, and still closes it', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['no binary for this platform'] })
    const work = vi.fn()
    await expect(withPagefindIndex({}, work)).rejects.toThrow('Pagefind could not start:\nno binary for this platform')
    expect(work).not.toHaveBeenCalled()
    expect(pagefind.close).toHaveBeenCalledOnce()
  })

  it('closes Pagefind when the work fails', async () => {
    await expect(withPagefindIndex({}, () => Promise.reject(new Error('a page failed')))).rejects.toThrow('a page failed')
    expect(pagefind.close).toHaveBeenCalledOnce()
  })
})
