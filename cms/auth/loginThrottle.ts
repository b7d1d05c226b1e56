/** After this many failed logins from one address within the window, logins from it are refused for a while. */
export const FAILED_LOGINS_PER_ADDRESS = 20
const WINDOW_MS = 15 * 60 * 1000
const REFUSAL_MS = 15 * 60 * 1000
/** Beyond this many addresses in memory, those with nothing recent to remember are forgotten. */
const TRACKED_ADDRESSES = 10_000

type Record = { failures: number[]; refusedUntil: number }

/**
 * Failed logins per client address, in the CMS's memory (a restart forgets them). It limits
 * guesses across many accounts from one address, which the lock of each account does not.
 */
export class LoginThrottle {
  readonly #records = new Map<string, Record>()

  constructor(
    readonly limit = FAILED_LOGINS_PER_ADDRESS,
    readonly windowMs = WINDOW_MS,
    readonly refusalMs = REFUSAL_MS,
  ) {}

  /** Seconds before the address may try to log in again; 0 when it may now. */
  retryAfter(address: string, now = Date.now()): number {
    const refusedUntil = this.#records.get(address)?.refusedUntil ?? 0
    return refusedUntil > now ? Math.ceil((refusedUntil - now) / 1000) : 0
  }

  /** Counts a failed login from the address; the one that reaches the limit starts a refusal. */
  fail(address: string, now = Date.now()): void {
    const record = this.#records.get(address) ?? { failures: [], refusedUntil: 0 }
    record.failures = [...record.failures.filter((at) => at > now - this.windowMs), now]
    if (record.failures.length >= this.limit) {
      record.failures = []
      record.refusedUntil = now + this.refusalMs
    }
    this.#records.set(address, record)
    if (this.#records.size > TRACKED_ADDRESSES) this.#forgetStale(now)
  }

  #forgetStale(now: number): void {
    for (const [address, { failures, refusedUntil }] of this.#records) {
      if (refusedUntil <= now && failures.every((at) => at <= now - this.windowMs)) this.#records.delete(address)
    }
  }
}

/** The CMS's one throttle, shared by the hook that refuses and the one that counts. */
export const loginThrottle = new LoginThrottle()
