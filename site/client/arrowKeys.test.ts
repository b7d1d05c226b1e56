import { describe, expect, it } from 'vitest'

import { arrowTarget } from './arrowKeys'

const links = ['a', 'b', 'c'].map((id) => ({ id }) as unknown as HTMLElement)

describe('arrowTarget', () => {
  it('goes from the search box to the first result, then down one result at a time', () => {
    expect(arrowTarget('ArrowDown', links, null)).toBe(links[0])
    expect(arrowTarget('ArrowDown', links, links[0]!)).toBe(links[1])
  })

  it('goes up one result at a time and stops at the ends', () => {
    expect(arrowTarget('ArrowUp', links, links[2]!)).toBe(links[1])
    expect(arrowTarget('ArrowUp', links, links[0]!)).toBeUndefined()
    expect(arrowTarget('ArrowDown', links, links[2]!)).toBeUndefined()
  })

  it('ignores other keys', () => {
    expect(arrowTarget('Enter', links, links[0]!)).toBeUndefined()
  })
})
