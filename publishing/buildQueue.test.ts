import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { BuildQueue } from './buildQueue'

/** A build that takes `ms` of (fake) time, recording what it served and how many ran at once. */
function recordingBuild(ms: number) {
  const builds: number[][] = []
  let running = 0
  let mostAtOnce = 0
  const build = async (requests: number[]) => {
    running += 1
    mostAtOnce = Math.max(mostAtOnce, running)
    builds.push(requests)
    await new Promise((resolve) => setTimeout(resolve, ms))
    running -= 1
  }
  return { build, builds, mostAtOnce: () => mostAtOnce }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the build queue', () => {
  it('serves ten quick publishes with one build', async () => {
    const { build, builds } = recordingBuild(10_000)
    const queue = new BuildQueue(build, { maxWaitMs: 5000, quietMs: 1000 })
    for (let i = 1; i <= 10; i += 1) {
      queue.request(i)
      await vi.advanceTimersByTimeAsync(100)
    }
    await vi.advanceTimersByTimeAsync(60_000)
    expect(builds).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]])
  })

  it('serves publishes that arrive during a build with one more build, never two at once', async () => {
    const { build, builds, mostAtOnce } = recordingBuild(10_000)
    const queue = new BuildQueue(build, { maxWaitMs: 5000, quietMs: 1000 })
    queue.request(1)
    await vi.advanceTimersByTimeAsync(1500)
    for (let i = 2; i <= 10; i += 1) {
      queue.request(i)
      await vi.advanceTimersByTimeAsync(300)
    }
    await vi.advanceTimersByTimeAsync(60_000)
    expect(builds).toEqual([[1], [2, 3, 4, 5, 6, 7, 8, 9, 10]])
    expect(mostAtOnce()).toBe(1)
  })

  it('does not let a steady stream of publishes hold the build back past the longest wait', async () => {
    const { build, builds } = recordingBuild(1000)
    const queue = new BuildQueue(build, { maxWaitMs: 3000, quietMs: 1000 })
    for (let i = 1; i <= 8; i += 1) {
      queue.request(i)
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(builds[0]).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('says what is building and what waits', async () => {
    const { build } = recordingBuild(10_000)
    const queue = new BuildQueue(build, { maxWaitMs: 5000, quietMs: 1000 })
    queue.request(1)
    expect(queue.state()).toMatchObject({ building: undefined, waiting: [1] })
    await vi.advanceTimersByTimeAsync(1000)
    queue.request(2)
    expect(queue.state()).toMatchObject({ building: [1], waiting: [2] })
    await vi.advanceTimersByTimeAsync(30_000)
    expect(queue.state()).toMatchObject({ building: undefined, waiting: [] })
  })

  it('goes on building after a build that failed', async () => {
    const builds: number[][] = []
    const queue = new BuildQueue(async (requests: number[]) => {
      builds.push(requests)
      if (requests.includes(1)) throw new Error('the CMS did not answer')
    }, { maxWaitMs: 5000, quietMs: 1000 })
    queue.request(1)
    await vi.advanceTimersByTimeAsync(2000)
    queue.request(2)
    await vi.advanceTimersByTimeAsync(2000)
    expect(builds).toEqual([[1], [2]])
  })
})
