/** The CMS's REST API as staff use it, logged in with a token. */
import type { NewsCategory } from '../../cms/fields/choices'
import type { SiteBuild } from '../../cms/payload-types'

export type BuildStatus = {
  building: { since: string } | null
  builds: boolean
  lastFailure: SiteBuild | null
  lastSuccess: SiteBuild | null
  live: { builtAt: string; release: string } | null
  waiting: number
}

export class CmsClient {
  private constructor(
    readonly base: string,
    private readonly token: string,
  ) {}

  /** Creates the first account, an admin, as the admin's first visit does, and logs in with it. */
  static async firstAdmin(base: string, email = 'librarian@example.org'): Promise<CmsClient> {
    const response = await fetch(`${base}/api/users/first-register`, {
      body: JSON.stringify({ email, password: 'a long librarian password' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (!response.ok) throw new Error(`first-register answered ${response.status}: ${await response.text()}`)
    return CmsClient.login(base, email)
  }

  static async login(base: string, email: string, password = 'a long librarian password'): Promise<CmsClient> {
    const response = await fetch(`${base}/api/users/login`, {
      body: JSON.stringify({ email, password }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`)
    return new CmsClient(base, ((await response.json()) as { token: string }).token)
  }

  /** An editor account made by this admin, logged in. */
  async newEditor(email = 'editor@example.org'): Promise<CmsClient> {
    return this.newStaff('editor', email)
  }

  /** An account of `role` made by this admin, logged in. */
  async newStaff(role: 'cataloguer' | 'editor', email: string): Promise<CmsClient> {
    await this.send('POST', '/api/users', { email, password: 'a long librarian password', role })
    return CmsClient.login(this.base, email)
  }

  /** A REST call; throws with the CMS's answer when it is not a success. */
  async send<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.raw(method, path, body)
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }

  raw(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { Authorization: `JWT ${this.token}`, 'Content-Type': 'application/json' },
      method,
    })
  }

  /** Publishes a news item at once; returns its id. */
  async publishNews(item: { slug: string; title: string; summary?: string; category?: NewsCategory }): Promise<number> {
    const { doc } = await this.send<{ doc: { id: number } }>('POST', '/api/news', { _status: 'published', category: 'news', ...item })
    return doc.id
  }

  status(): Promise<BuildStatus> {
    return this.send<BuildStatus>('GET', '/api/site-builds/status')
  }

  /** The build records, newest first. */
  async builds(): Promise<SiteBuild[]> {
    return (await this.send<{ docs: SiteBuild[] }>('GET', '/api/site-builds?limit=0&sort=-startedAt&depth=0')).docs
  }

  /** Resolves when no build runs or waits, and returns the newest build record. */
  async idle(timeoutMs = 120_000): Promise<SiteBuild> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const status = await this.status()
      if (!status.building && status.waiting === 0) {
        const [newest] = await this.builds()
        if (newest && newest.status !== 'running') return newest
      }
      if (Date.now() > until) throw new Error(`The site builds did not settle within ${timeoutMs / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}
