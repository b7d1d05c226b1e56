import { describe, expect, it, vi } from 'vitest'

import { demoteHeadings } from './pages'

// pages.ts loads content collections at build time; demoteHeadings works on plain HTML.
vi.mock('astro:content', () => ({ getEntry: vi.fn() }))

describe('demoteHeadings', () => {
  it('moves every heading one level down and leaves other elements alone', () => {
    expect(demoteHeadings('<h2>Staff</h2><p>Nine <b>people</b></p><h3 class="x">Posts</h3><hr>')).toBe(
      '<h3>Staff</h3><p>Nine <b>people</b></p><h4 class="x">Posts</h4><hr>',
    )
  })
})
