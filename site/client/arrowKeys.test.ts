import { describe, expect, it, vi } from 'vitest'

import { arrowTarget, moveThroughResults } from './arrowKeys'

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

describe('moveThroughResults', () => {
  const focusable = ['a', 'b'].map((id) => ({ focus: vi.fn(), id }) as unknown as HTMLElement)
  const results = { querySelectorAll: () => focusable } as unknown as ParentNode
  const press = (key: string) => ({ key, preventDefault: vi.fn() })

  it('focuses the next result and keeps the key from scrolling the page', () => {
    const down = press('ArrowDown')
    moveThroughResults(down, results, focusable[0]!)
    expect(focusable[1]!.focus).toHaveBeenCalledOnce()
    expect(down.preventDefault).toHaveBeenCalledOnce()
  })

  it('leaves other keys, the ends of the list and a page with no results alone', () => {
    for (const [key, list, active] of [['Enter', results, null], ['ArrowUp', results, focusable[0]!], ['ArrowDown', null, null]] as const) {
      const event = press(key)
      moveThroughResults(event, list, active)
      expect(event.preventDefault).not.toHaveBeenCalled()
    }
    expect(focusable[0]!.focus).not.toHaveBeenCalled()
  })
})
