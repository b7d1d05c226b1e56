import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

const cms = inject('cmsUrl')

type Doc = Record<string, unknown> & { id: number | string }
type List = { docs: Doc[]; totalDocs: number }

async function get<T = List>(path: string, token?: string): Promise<T> {
  const response = await fetch(`${cms}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  expect(response.status, `GET ${path}`).toBe(200)
  return (await response.json()) as T
}

function send(method: 'PATCH' | 'POST', path: string, body: unknown, token?: string) {
  return fetch(`${cms}${path}`, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
}

const total = (docs: Doc[], field: string) => docs.reduce((sum, doc) => sum + Number(doc[field] ?? 0), 0)

let adminToken: string
let editorToken: string

beforeAll(async () => {
  const admin = { email: 'admin@example.org', password: 'a long admin password' }
  const registered = await send('POST', '/api/users/first-register', admin)
  expect(registered.status).toBe(200)
  adminToken = ((await registered.json()) as { token: string }).token

  const editor = { email: 'editor@example.org', password: 'a long editor password', role: 'editor' }
  expect((await send('POST', '/api/users', editor, adminToken)).status).toBe(201)
  const login = await send('POST', '/api/users/login', editor)
  editorToken = ((await login.json()) as { token: string }).token
})

describe('the public REST contract', () => {
  it('GET /api/lectures?limit=0 answers all 18 lectures, 2,610 attendances', async () => {
    const lectures = await get('/api/lectures?limit=0&depth=0')
    expect(lectures.totalDocs).toBe(18)
    expect(lectures.docs).toHaveLength(18)
    expect(total(lectures.docs, 'attendance')).toBe(2610)
    expect(Object.keys(lectures.docs[0]!)).toEqual(
      expect.arrayContaining(['topic', 'speaker', 'venue', 'startDate', 'endDate', 'attendance', 'note', 'audience']),
    )
  })

  it('the book van: 44 visits, 7,110 books, 10,550 readers', async () => {
    const visits = await get('/api/van-visits?limit=0&depth=0')
    expect(visits.totalDocs).toBe(44)
    expect(total(visits.docs, 'books')).toBe(7110)
    expect(total(visits.docs, 'readers')).toBe(10550)
    expect(Object.keys(visits.docs[0]!)).toEqual(expect.arrayContaining(['date', 'host', 'category', 'place', 'books', 'readers']))
  })

  it('reading promotion: 15 activities, 5,300 participants', async () => {
    const activities = await get('/api/reading-activities?limit=0&depth=0')
    expect(activities.totalDocs).toBe(15)
    expect(total(activities.docs, 'participants')).toBe(5300)
    expect(Object.keys(activities.docs[0]!)).toEqual(
      expect.arrayContaining(['startDate', 'endDate', 'audience', 'activity', 'participants', 'outcome']),
    )
  })

  it('exhibitions, chronicle, news, service points and pages carry their contract fields', async () => {
    const exhibitions = await get('/api/exhibitions?limit=0&depth=0')
    expect(exhibitions.totalDocs).toBe(5)
    expect(Object.keys(exhibitions.docs[0]!)).toEqual(
      expect.arrayContaining(['title', 'organisers', 'startDate', 'endDate', 'venue', 'worksSubmitted', 'worksShown', 'visitors', 'description', 'images']),
    )
    const chronicle = await get('/api/chronicle?limit=0&depth=0')
    expect(chronicle.totalDocs).toBe(15)
    expect(Object.keys(chronicle.docs[0]!)).toEqual(expect.arrayContaining(['startDate', 'endDate', 'title', 'body', 'relatedItems']))
    const news = await get('/api/news?limit=0&depth=0')
    expect(Object.keys(news.docs[0]!)).toEqual(expect.arrayContaining(['category', 'title', 'summary', 'body', 'cover', 'publishedAt', 'pinned']))
    const points = await get('/api/service-points?limit=0&depth=0')
    expect(Object.keys(points.docs[0]!)).toEqual(expect.arrayContaining(['name', 'kind', 'address', 'borrowAnywhereReturnAnywhere', 'hours']))
    const pages = await get('/api/pages?limit=0&depth=0')
    expect(pages.docs.map((page) => page.slug)).toEqual(expect.arrayContaining(['about', 'services', 'reading-rooms', 'departments']))
  })

  it('answers in English with ?locale=en and in Chinese by default', async () => {
    const chinese = await get<Doc>('/api/globals/library-profile')
    const english = await get<Doc>('/api/globals/library-profile?locale=en')
    expect(chinese.name).toBe('醴陵市图书馆')
    expect(english.name).toBe('Liling City Library')
    expect(english.founded).toBe(1930)
  })

  it('serves the opening rule and the yearly statistics', async () => {
    const hours = await get<Doc>('/api/globals/opening-hours')
    expect(hours.holidayRule).toBe('open')
    const statistics = await get<{ years: Doc[] }>('/api/globals/statistics')
    expect(statistics.years.find((row) => row.year === 2014)).toMatchObject({ booksBought: 8927, visits: 400000 })
  })

  it('answers GraphQL too', async () => {
    const response = await send('POST', '/api/graphql', { query: '{ Lectures(limit: 0) { totalDocs } }' })
    expect(await response.json()).toEqual({ data: { Lectures: { totalDocs: 18 } } })
  })
})

describe('publishing over REST', () => {
  it('keeps drafts from anonymous readers, even with ?draft=true', async () => {
    const created = await send('POST', '/api/news?draft=true', { category: 'announcement', title: '尚未发布的通知' }, editorToken)
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Doc }
    const anonymous = await fetch(`${cms}/api/news/${doc.id}?draft=true`)
    expect(anonymous.status).toBe(404)
    const listed = await get('/api/news?limit=0&draft=true')
    expect(listed.docs.map((item) => item.id)).not.toContain(doc.id)
    const asEditor = await get<Doc>(`/api/news/${doc.id}?draft=true`, editorToken)
    expect(asEditor.title).toBe('尚未发布的通知')
  })

  it('serves an image only a draft uses to staff alone, file included, until the draft is published', async () => {
    const png = await sharp({ create: { background: '#2e5c8a', channels: 3, height: 600, width: 800 } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'new-building.png')
    form.append('_payload', JSON.stringify({ alt: '尚未公布的新馆效果图' }))
    const uploaded = await fetch(`${cms}/api/media`, { body: form, headers: { Authorization: `JWT ${editorToken}` }, method: 'POST' })
    expect(uploaded.status).toBe(201)
    const { doc: image } = (await uploaded.json()) as { doc: Doc & { sizes: { thumbnail: { url: string } }; url: string } }
    const created = await send('POST', '/api/news?draft=true', { category: 'news', cover: image.id, title: '新馆即将开放' }, editorToken)
    const { doc: news } = (await created.json()) as { doc: Doc }

    const served = async (token?: string) => {
      const headers = token ? { Authorization: `JWT ${token}` } : undefined
      const list = await fetch(`${cms}/api/media?limit=0`, { headers }).then((response) => response.text())
      return {
        byId: (await fetch(`${cms}/api/media/${image.id}`, { headers })).status === 200,
        file: (await fetch(new URL(image.url, cms), { headers })).status === 200,
        listed: list.includes('尚未公布的新馆效果图'),
        thumbnail: (await fetch(new URL(image.sizes.thumbnail.url, cms), { headers })).status === 200,
      }
    }
    const everything = { byId: true, file: true, listed: true, thumbnail: true }
    expect(await served()).toEqual({ byId: false, file: false, listed: false, thumbnail: false })
    expect(await served(editorToken)).toEqual(everything)

    expect((await send('PATCH', `/api/news/${news.id}`, { _status: 'published' }, editorToken)).status).toBe(200)
    expect(await served()).toEqual(everything)
    const published = await get<Doc>(`/api/news/${news.id}?depth=1`)
    expect(published.cover).toMatchObject({ alt: '尚未公布的新馆效果图', id: image.id })

    const file = await fetch(new URL(image.url, cms))
    expect(file.headers.get('x-frame-options')).toBe('DENY')
    expect(file.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
  })

  it('refuses anonymous writes', async () => {
    const response = await send('POST', '/api/lectures', { startDate: '2015-03-01', topic: '匿名讲座' })
    expect(response.status).toBe(403)
  })

  it('refuses a user account created by an editor', async () => {
    const response = await send('POST', '/api/users', { email: 'x@example.org', password: 'another long password' }, editorToken)
    expect(response.status).toBe(403)
  })

  it('refuses bad input with a 400 that names the field', async () => {
    const response = await send('POST', '/api/lectures', { endDate: '2015-03-01', startDate: '2015-03-10', topic: '讲座' }, editorToken)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data: { errors: { path: string }[] } }[] }
    expect(body.errors[0]!.data.errors.map((error) => error.path)).toContain('endDate')
  })

  it('serves the admin', async () => {
    const response = await fetch(`${cms}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })
})

describe('security at the API', () => {
  const OTHER_SITE = 'https://other-site.example'

  /** Logs in and returns the session cookie the admin uses. */
  async function sessionCookie(email: string, password: string): Promise<string> {
    const response = await send('POST', '/api/users/login', { email, password })
    expect(response.status).toBe(200)
    return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ')
  }

  const me = async (cookie: string, origin: string) => {
    const response = await fetch(`${cms}/api/users/me`, { headers: { Cookie: cookie, Origin: origin } })
    return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
  }

  it('forbids other sites to frame the admin or the API', async () => {
    for (const path of ['/admin/login', '/api/news?limit=1']) {
      const response = await fetch(`${cms}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'")
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('keeps the login cookie HttpOnly and SameSite, and usable over plain http when the CMS is at an http address', async () => {
    const response = await send('POST', '/api/users/login', { email: 'editor@example.org', password: 'a long editor password' })
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
    expect(cookie).not.toMatch(/; Secure/i)
  })

  it('lets browsers on other sites neither read the API (CORS) nor use a staff login (CSRF)', async () => {
    const foreign = await fetch(`${cms}/api/news?limit=1`, { headers: { Origin: OTHER_SITE } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const own = await fetch(`${cms}/api/news?limit=1`, { headers: { Origin: cms } })
    expect(own.headers.get('access-control-allow-origin')).toBe(cms)

    const cookie = await sessionCookie('editor@example.org', 'a long editor password')
    expect(await me(cookie, cms)).toBe('editor@example.org')
    expect(await me(cookie, OTHER_SITE)).toBeNull()
  })

  /** Logs in from a client address of the test's choosing (the test CMS trusts one proxy, as in production). */
  const login = (email: string, password: string, from: string) =>
    fetch(`${cms}/api/users/login`, {
      body: JSON.stringify({ email, password }),
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
      method: 'POST',
    })

  /** What a client is told: the status and the body. */
  const answer = async (response: Response) => ({ body: await response.json(), status: response.status })

  it('locks an account after five wrong passwords, even against the right one, and says no more than for an unknown e-mail', async () => {
    const from = '203.0.113.10'
    const account = { email: 'locked@example.org', password: 'the right long password', role: 'editor' }
    expect((await send('POST', '/api/users', account, adminToken)).status).toBe(201)
    const unknown = await answer(await login('nobody@example.org', 'a wrong guess', from))
    expect(unknown.status).toBe(401)
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await answer(await login(account.email, 'a wrong guess', from))).toEqual(unknown)
    }
    expect(await answer(await login(account.email, account.password, from))).toEqual(unknown)
    expect(await answer(await login(account.email, 'a wrong guess', from))).toEqual(unknown)
  })

  it('answers a locked account over GraphQL as it answers an unknown e-mail', async () => {
    const account = { email: 'locked-graphql@example.org', password: 'the right long password', role: 'editor' }
    expect((await send('POST', '/api/users', account, adminToken)).status).toBe(201)
    const graphqlLogin = async (email: string, password: string) => {
      const response = await fetch(`${cms}/api/graphql`, {
        body: JSON.stringify({ query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }` }),
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.11' },
        method: 'POST',
      })
      return answer(response)
    }
    for (let attempt = 0; attempt < 5; attempt += 1) await graphqlLogin(account.email, 'a wrong guess')
    const locked = await graphqlLogin(account.email, account.password)
    expect(locked.body.data?.loginUser ?? null).toBeNull()
    expect(locked).toEqual(await graphqlLogin('nobody@example.org', 'a wrong guess'))
  })

  it('refuses every login from an address after 20 failed ones, with 429 and Retry-After, and only from that address', async () => {
    const from = '203.0.113.20'
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await login(`guess-${attempt}@example.org`, 'a wrong guess', from)).status).toBe(401)
    }
    const known = await login('editor@example.org', 'a long editor password', from)
    expect(known.status).toBe(429)
    expect(Number(known.headers.get('retry-after'))).toBeGreaterThan(60)
    const unknown = await login('nobody@example.org', 'a wrong guess', from)
    expect(unknown.status).toBe(429)
    expect(unknown.headers.get('retry-after')).toBe(known.headers.get('retry-after'))
    expect(await unknown.json()).toEqual(await known.json())

    expect((await login('editor@example.org', 'a long editor password', '203.0.113.21')).status).toBe(200)
  })
})
