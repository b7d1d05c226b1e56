import { expect, it } from 'vitest'

import { measureRelevance, RELEVANCE_QUERIES } from './relevanceSet'

it(`ranks the relevant books first for each of the ${RELEVANCE_QUERIES.length} queries of the relevance set`, async () => {
  expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(30)
  const score = await measureRelevance()
  expect(score.misses).toEqual([])
  expect(score).toMatchObject({ firstRight: 1, precisionAt10: 1 })
})
