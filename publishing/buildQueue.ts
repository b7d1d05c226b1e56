export type BuildQueueOptions = {
  /** A build starts once no request came for this long… */
  quietMs: number
  /** …or this long after the first request waiting, whichever comes first. */
  maxWaitMs: number
}

export type BuildQueueState<Request> = {
  /** The requests the running build serves, or undefined when none runs. */
  building?: Request[]
  buildingSince?: Date
  /** Requests that came after the running build started, waiting for the next one. */
  waiting: Request[]
}

/**
 * Turns a stream of requests into as few builds as possible, one at a time: requests close
 * together are served by one build (debounced), and requests that arrive during a build wait
 * for it to end and are then served together by the next one. So ten quick publishes make at
 * most two builds, and two builds never run at once.
 */
export class BuildQueue<Request> {
  private waiting: Request[] = []
  private firstWaitingAt = 0
  private timer: NodeJS.Timeout | undefined
  private running: { requests: Request[]; since: Date } | undefined

  constructor(
    private readonly build: (requests: Request[]) => Promise<void>,
    private readonly options: BuildQueueOptions,
  ) {}

  /** Asks for a build that includes this request. */
  request(request: Request): void {
    if (this.waiting.length === 0) this.firstWaitingAt = Date.now()
    this.waiting.push(request)
    if (!this.running) this.schedule()
  }

  /** What is building and what is waiting. */
  state(): BuildQueueState<Request> {
    return { building: this.running?.requests, buildingSince: this.running?.since, waiting: [...this.waiting] }
  }

  private schedule(): void {
    clearTimeout(this.timer)
    const untilMaxWait = this.firstWaitingAt + this.options.maxWaitMs - Date.now()
    this.timer = setTimeout(() => void this.startBuild(), Math.max(0, Math.min(this.options.quietMs, untilMaxWait)))
  }

  private async startBuild(): Promise<void> {
    const requests = this.waiting
    this.waiting = []
    this.running = { requests, since: new Date() }
    // The build reports its own failures; one that fails must not stop the builds after it.
    await this.build(requests).catch(() => {})
    this.running = undefined
    if (this.waiting.length > 0) this.schedule()
  }
}
