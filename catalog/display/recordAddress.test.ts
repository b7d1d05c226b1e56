import { describe, expect, it } from 'vitest'

import { idOfSlug, recordPath, recordSlug } from './recordAddress'

describe('recordSlug', () => {
  it('keeps a plain id as it is', () => {
    expect(recordSlug('LL0000000001')).toBe('LL0000000001')
    expect(recordSlug('990002180740203961')).toBe('990002180740203961')
    expect(recordSlug('hash-3f2a9c')).toBe('hash-3f2a9c')
    expect(recordPath('ocm12345', true)).toBe('/en/catalog/record/ocm12345/')
  })

  it('writes any other id so that it is a safe file name and an address, one for each id', () => {
    const ids = ['CN 123/2', '..', '.hidden', '中国发展报告', 'a?b#c', 'a%2Fb', '~abc', 'ABC', 'abc']
    const slugs = ids.map(recordSlug)
    expect(new Set(slugs).size).toBe(ids.length)
    for (const slug of slugs) {
      expect(slug).toMatch(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/)
      expect(encodeURIComponent(slug)).toBe(slug)
    }
    expect(recordSlug('中国发展报告')).toBe(`~${Buffer.from('中国发展报告').toString('base64url')}`)
    for (const id of [...ids, 'LL0000000001']) expect(idOfSlug(recordSlug(id))).toBe(id)
    expect(idOfSlug('~%%%')).toBeUndefined()
  })

  it('shortens an id too long for a file name to a hash', () => {
    const long = '长'.repeat(200)
    expect(recordSlug(long)).toMatch(/^~~[0-9a-f]{16}$/)
    expect(recordSlug(long)).not.toBe(recordSlug(`${long}书`))
  })
})
