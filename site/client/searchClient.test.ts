import { describe, expect, it } from 'vitest'

import { outcomeText } from './searchClient'

const messages = { noResults: 'Nothing found for “{query}”.', results: '{count} pages found', resultsOne: 'One page found' }

describe('outcomeText', () => {
  it('names the query when nothing matched, and counts the pages otherwise, one page in words of its own', () => {
    expect(outcomeText(messages, '釉下五彩', 0)).toBe('Nothing found for “釉下五彩”.')
    expect(outcomeText(messages, 'lecture', 1)).toBe('One page found')
    expect(outcomeText(messages, 'lecture', 12)).toBe('12 pages found')
  })
})
